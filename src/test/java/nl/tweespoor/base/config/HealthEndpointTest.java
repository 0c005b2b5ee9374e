package nl.tweespoor.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.tweespoor.support.EmbeddedAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** /actuator/health: UP or DOWN for everyone, the components and their details for admins only. */
class HealthEndpointTest extends EmbeddedAppTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void anonymous_callers_and_plain_users_get_the_status_only() throws Exception {
        assertThat(body(get("/actuator/health"))).isEqualTo("{\"status\":\"UP\"}");
        assertThat(body(get("/actuator/health").with(user("someone").roles("LEADER"))))
                .isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void admins_get_the_components_with_their_details() throws Exception {
        var health = new ObjectMapper()
                .readTree(body(get("/actuator/health").with(user("boss").roles("ADMIN"))));

        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components")
                        .path("db")
                        .path("details")
                        .path("database")
                        .asText())
                .isEqualTo("PostgreSQL");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
