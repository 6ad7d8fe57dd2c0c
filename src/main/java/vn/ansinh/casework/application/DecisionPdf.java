package vn.ansinh.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ansinh.casework.domain.DecisionSheet;

/** Placeholder, replaced by the PDF branch at merge. */
@ApplicationScoped
public class DecisionPdf {
    public byte[] render(DecisionSheet sheet) {
        throw new UnsupportedOperationException("merged later");
    }
}
