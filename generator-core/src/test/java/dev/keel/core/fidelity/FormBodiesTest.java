package dev.keel.core.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.multipart.MultipartFile;

/**
 * Form and multipart bodies of the fidelity contract, served by its generated controllers: fields arrive under
 * their wire names, several files arrive as files.
 */
class FormBodiesTest {

    private static final String BASE = FidelityApp.BASE;
    private static URLClassLoader loader;

    private final AtomicReference<Object[]> received = new AtomicReference<>();

    @BeforeAll
    static void compile() throws Exception {
        loader = FidelityApp.loader();
    }

    /** The tag's controller over a handler that keeps the arguments it is called with. */
    private MockMvc serve(String tag) throws Exception {
        Class<?> handler = loader.loadClass(BASE + ".api." + tag + "Handler");
        Object recording = Proxy.newProxyInstance(loader, new Class<?>[] {handler}, (proxy, method, args) -> {
            received.set(args);
            return null;
        });
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("handler", recording);
        Class<?> controllerType = loader.loadClass(BASE + ".api." + tag + "Controller");
        Object controller = controllerType.getConstructor(org.springframework.beans.factory.ObjectProvider.class)
                .newInstance(beans.getBeanProvider(handler));
        return MockMvcBuilders.standaloneSetup(controller).build();
    }

    private static Object component(Object record, String name) throws Exception {
        return record.getClass().getMethod(name).invoke(record);
    }

    @Test
    void aMultipartBodyTakesAFileAndSeveralAttachments() throws Exception {
        serve("Rest").perform(multipart("/api/uploads")
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "alpha".getBytes()))
                        .file(new MockMultipartFile("attachments", "b.txt", "text/plain", "beta".getBytes()))
                        .file(new MockMultipartFile("attachments", "c.txt", "text/plain", "gamma".getBytes()))
                        .param("note", "two attachments"))
                .andExpect(status().isNoContent());

        Object upload = received.get()[0];
        assertThat(((MultipartFile) component(upload, "file")).getOriginalFilename()).isEqualTo("a.txt");
        assertThat((List<?>) component(upload, "attachments")).extracting(f -> ((MultipartFile) f).getOriginalFilename())
                .containsExactly("b.txt", "c.txt");
        assertThat(component(upload, "note")).isEqualTo("two attachments");
    }

    @Test
    void aMultipartBodyBreakingItsConstraintsIsRejected() throws Exception {
        serve("Rest").perform(multipart("/api/uploads").param("note", "no file"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFormBodyIsBoundByItsWireNames() throws Exception {
        serve("Model20100401").perform(post("/api/accounts/AC0123456789abcdef0123456789abcdef/messages.json")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("To=%2B15551234567&Body=Hello&MediaUrl=https://a.example/1&MediaUrl=https://a.example/2"))
                .andExpect(status().isCreated());

        Object form = received.get()[1];
        assertThat(component(form, "to")).isEqualTo("+15551234567");
        assertThat(component(form, "body")).isEqualTo("Hello");
        assertThat((List<?>) component(form, "mediaUrl")).hasSize(2);
    }
}
