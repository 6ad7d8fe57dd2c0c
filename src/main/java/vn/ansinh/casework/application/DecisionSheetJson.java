package vn.ansinh.casework.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import vn.ansinh.casework.domain.DecisionSheet;
import vn.ansinh.shared.kernel.Jsons;

/** A decision's printed text kept as JSON in the decision row, exactly as signed. */
public final class DecisionSheetJson {

    private DecisionSheetJson() {}

    public static String write(DecisionSheet sheet) {
        JsonArrayBuilder articles = Jsons.createArrayBuilder();
        for (DecisionSheet.Article article : sheet.articles()) {
            articles.add(Jsons.createObjectBuilder()
                    .add("heading", article.heading())
                    .add("paragraphs", strings(article.paragraphs())));
        }
        return Jsons.createObjectBuilder()
                .add("parentBody", nullToEmpty(sheet.parentBody()))
                .add("issuingBody", sheet.issuingBody())
                .add("number", sheet.number())
                .add("place", sheet.place())
                .add("signedOn", sheet.signedOn().toString())
                .add("subject", sheet.subject())
                .add("authority", sheet.authority())
                .add("legalBases", strings(sheet.legalBases()))
                .add("articles", articles)
                .add("recipients", strings(sheet.recipients()))
                .add("signatureCapacity", nullToEmpty(sheet.signatureCapacity()))
                .add("signerTitle", sheet.signerTitle())
                .add("signerName", sheet.signerName())
                .build()
                .toString();
    }

    public static DecisionSheet read(String json) {
        JsonObject o = Jsons.createReader(new StringReader(json)).readObject();
        List<DecisionSheet.Article> articles = o.getJsonArray("articles").getValuesAs(JsonObject.class).stream()
                .map(a -> new DecisionSheet.Article(a.getString("heading"), list(a.getJsonArray("paragraphs"))))
                .toList();
        return new DecisionSheet(
                emptyToNull(o.getString("parentBody")),
                o.getString("issuingBody"),
                o.getString("number"),
                o.getString("place"),
                LocalDate.parse(o.getString("signedOn")),
                o.getString("subject"),
                o.getString("authority"),
                list(o.getJsonArray("legalBases")),
                articles,
                list(o.getJsonArray("recipients")),
                emptyToNull(o.getString("signatureCapacity")),
                o.getString("signerTitle"),
                o.getString("signerName"));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> list(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
