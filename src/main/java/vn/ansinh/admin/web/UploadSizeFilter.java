package vn.ansinh.admin.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses an upload larger than the UPLOAD_MAX_MEGABYTES setting before anything reads it: a multipart
 * request whose declared length is over the limit (plus {@link #FORM_MARGIN} for the form's other fields)
 * answers 413 with the error page naming the limit, as does one of unknown length (chunked: no page sends one). The
 * container would otherwise store the whole file, or fail while parsing it ("Error in multipart
 * initialization", a 500). The pages check the size in the browser first ({@code <p:validateFile>}, with
 * its message next to the upload), and a file just over the limit that still arrives gets PrimeFaces'
 * server-side message next to the upload.
 *
 * <p>Mapped in web.xml before every other filter, so that no filter reads a parameter (which parses the
 * body) first.
 */
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String PAGE = "/errors/413.xhtml";

    /** Room for the form's other fields and the multipart headers besides the file. */
    static final long FORM_MARGIN = 1024 * 1024;

    @Inject
    private UploadLimit limit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipart(request)) {
            long length = request.getContentLengthLong();
            if (length < 0 || length > limit.getBytes() + FORM_MARGIN) {
                // not sendError: the container would show the error page to the same POST, and the page would
                // parse the body to find its parameters
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                response.setHeader("Connection", "close");
                request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The refused request as the error page sees it: a GET with no body and no parameters. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            throw new IOException("the body of a refused upload is not read");
        }
    }
}
