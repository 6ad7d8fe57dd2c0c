package vn.ansinh.casework.domain;

import java.time.LocalDate;
import java.util.List;

/** Placeholder with the agreed signature; replaced by the PDF branch's version at merge. */
public record DecisionSheet(String parentBody, String issuingBody, String number, String place, LocalDate signedOn,
        String subject, String authority, List<String> legalBases, List<Article> articles, List<String> recipients,
        String signatureCapacity, String signerTitle, String signerName) {

    public record Article(String heading, List<String> paragraphs) {
    }
}
