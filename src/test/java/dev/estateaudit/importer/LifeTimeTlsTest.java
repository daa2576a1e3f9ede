package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.cli.CliRun;
import dev.estateaudit.cli.ExitCodes;
import dev.estateaudit.estate.read.EstateLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import lifetime} over TLS, against a server whose self-signed certificate (made by the
 * JDK's keytool for 127.0.0.1) is trusted only when given with --ca-cert.
 */
class LifeTimeTlsTest {

    static final String PASSWORD = "test-keystore";
    static final Map<String, String> ENVIRONMENT = LifeTimeImportTest.ENVIRONMENT;

    @TempDir
    static Path keys;

    static Path certificate;
    static FakeLifeTime lifetime;

    @TempDir
    Path dir;

    @BeforeAll
    static void startTlsServer() throws Exception {
        Path keystore = keys.resolve("lifetime.p12");
        certificate = keys.resolve("lifetime-ca.pem");
        keytool("-genkeypair", "-alias", "lifetime", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "lifetime", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        lifetime = FakeLifeTime.https(context).withExampleEstate();
    }

    @AfterAll
    static void stop() {
        lifetime.close();
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void aCertificateSignedByAnUnknownAuthorityIsRefused() {
        Path output = dir.resolve("import.yaml");

        CliRun run = CliRun.with(ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(), "--output", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("estate-audit: GET /environments/ on 127.0.0.1: the TLS connection failed")
                .contains("pass it with --ca-cert FILE.pem").hasLineCount(1)
                .doesNotContain(LifeTimeImportTest.TOKEN);
        assertThat(output).doesNotExist();
    }

    @Test
    void theCertificateIsTrustedWhenItsAuthorityIsGiven() {
        Path output = dir.resolve("import.yaml");

        CliRun run = CliRun.with(ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(), "--ca-cert",
                certificate.toString(), "--modules", "--output", output.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(new EstateLoader().load(output).getModuleCount()).isEqualTo(5);
        assertThat(lifetime.seen()).anySatisfy(s -> assertThat(s.authorization()).isEqualTo("Bearer " + LifeTimeImportTest.TOKEN));
    }

    @Test
    void aCaFileWithoutCertificatesIsAUsageError() throws IOException {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "not a certificate\n");

        CliRun run = CliRun.with(ENVIRONMENT, "import", "lifetime", "--url", lifetime.url(), "--ca-cert", notPem.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("estate-audit: --ca-cert " + notPem + ": ").hasLineCount(1);
    }
}
