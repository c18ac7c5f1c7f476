package org.rempart.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.rempart.platform.BodySizeLimit;
import org.rempart.platform.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses request bodies above a limit with 413, before anything parses them: a declared length
 * is checked up front, a chunked body is counted while it is read. The limit is the default one,
 * or that of the first {@link BodySizeLimit} whose pattern matches the path (an upload endpoint).
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private record PathLimit(PathPattern pattern, long maxBytes) {
    }

    private final long defaultMaxBytes;
    private final List<PathLimit> pathLimits;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(DataSize max, List<BodySizeLimit> pathLimits, ProblemWriter problems) {
        this.defaultMaxBytes = max.toBytes();
        this.pathLimits = pathLimits.stream()
                .map(l -> new PathLimit(PathPatternParser.defaultInstance.parse(l.pathPattern()), l.max().toBytes()))
                .toList();
        this.problems = problems;
    }

    private long maxBytes(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return pathLimits.stream().filter(l -> l.pattern().matches(path)).mapToLong(PathLimit::maxBytes)
                .findFirst().orElse(defaultMaxBytes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = maxBytes(request);
        if (request.getContentLengthLong() > maxBytes) {
            reject(request, response, maxBytes);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, maxBytes), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                reject(request, response, maxBytes);
            }
        } catch (ServletException | RuntimeException e) {
            if (isBodyTooLarge(e) && !response.isCommitted()) {
                response.reset();
                reject(request, response, maxBytes);
            } else {
                throw e;
            }
        }
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
        problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the " + maxBytes + " bytes this endpoint accepts.");
    }

    static boolean isBodyTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body over the limit");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
