package vn.ansinh.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/** The language of this request's page: the one chosen in the session, Vietnamese by default. */
@Named("localeBean")
@RequestScoped
public class LocaleBean {

    @Inject
    private HttpServletRequest request;

    public UiLanguage getLanguage() {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(UiLanguage.SESSION_ATTRIBUTE);
        return chosen instanceof UiLanguage language ? language : UiLanguage.VI;
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getCode() {
        return getLanguage().code();
    }
}
