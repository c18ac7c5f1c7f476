package org.rempart.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rempart.platform.BodySizeLimit;
import org.rempart.platform.ProblemWriter;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(DataSize.ofKilobytes(1),
            List.of(new BodySizeLimit("/api/imports", DataSize.ofKilobytes(4))),
            new ProblemWriter(JsonMapper.builder().build()));

    private int status(String path, int bytes) throws Exception {
        var request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[bytes]);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
                    throws java.io.IOException {
                req.getInputStream().readAllBytes();
                ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200);
            }
        };
        filter.doFilter(request, response, chain);
        return response.getStatus();
    }

    @Test
    void aPathWithItsOwnLimitAcceptsLargerBodiesAndOthersKeepTheDefault() throws Exception {
        assertThat(status("/api/contacts", 1024)).isEqualTo(200);
        assertThat(status("/api/contacts", 1025)).isEqualTo(413);
        assertThat(status("/api/imports", 4096)).isEqualTo(200);
        assertThat(status("/api/imports", 4097)).isEqualTo(413);
        assertThat(status("/api/imports/7", 2048)).as("the pattern is exact").isEqualTo(413);
    }
}
