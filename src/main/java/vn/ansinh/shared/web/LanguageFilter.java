package vn.ansinh.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code ?lang=vi} or {@code ?lang=en} on any page switches the language for the rest of the session. */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // only a GET: reading a parameter of a POST would parse its body, an upload included
        String lang = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        if (lang != null) {
            UiLanguage.fromCode(lang)
                    .ifPresent(l -> request.getSession().setAttribute(UiLanguage.SESSION_ATTRIBUTE, l));
        }
        chain.doFilter(request, response);
    }
}
