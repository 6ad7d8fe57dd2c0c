package vn.ansinh.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.ansinh.shared.security.Role;

/** The links to the payment search are shown to exactly the roles that web.xml lets open {@code /audit/*}. */
class PaymentSearchLinksTest {

    @Test
    void theLinksRolesAreThoseOfTheAuditPagesSecurityConstraint() throws Exception {
        assertThat(PaymentSearchLinks.AUDIT_ROLES.stream().map(Role::id).collect(Collectors.toSet()))
                .isEqualTo(rolesOf("/audit/*"))
                .containsExactlyInAnyOrder("auditor", "admin");
        assertThat(PaymentSearchLinks.PATH).startsWith("/audit/");
    }

    private static Set<String> rolesOf(String pattern) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        var document = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        NodeList constraints = document.getElementsByTagName("security-constraint");
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            NodeList patterns = constraint.getElementsByTagName("url-pattern");
            for (int j = 0; j < patterns.getLength(); j++) {
                if (pattern.equals(patterns.item(j).getTextContent().trim())) {
                    NodeList names = constraint.getElementsByTagName("role-name");
                    for (int k = 0; k < names.getLength(); k++) {
                        roles.add(names.item(k).getTextContent().trim());
                    }
                }
            }
        }
        return roles;
    }
}
