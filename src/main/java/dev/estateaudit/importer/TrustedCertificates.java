package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS trust for LifeTime: the JDK's certificate authorities, or, with {@code --ca-cert}, only
 * the authorities in that PEM file (a company CA that signed LifeTime's certificate). Certificates
 * and host names are always verified; there is deliberately no way to turn that off.
 */
final class TrustedCertificates {

    private TrustedCertificates() {
    }

    static SSLContext sslContext(Path caCertificates) {
        if (caCertificates == null) {
            try {
                return SSLContext.getDefault();
            } catch (GeneralSecurityException e) {
                throw new ImportException("TLS is not available in this Java runtime: " + e.getMessage());
            }
        }
        try (InputStream in = Files.newInputStream(caCertificates)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new ImportException("--ca-cert " + caCertificates + ": no certificate found; expected PEM "
                        + "(-----BEGIN CERTIFICATE-----)");
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (NoSuchFileException e) {
            throw new ImportException("--ca-cert " + caCertificates + ": no such file");
        } catch (IOException | GeneralSecurityException e) {
            throw new ImportException("--ca-cert " + caCertificates + ": not a readable PEM certificate ("
                    + e.getMessage() + ")");
        }
    }
}
