package io.trustbench.awsiot.emulator.internal.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import io.trustbench.core.AtomicFiles;

/**
 * The emulator's own server identity: an ECDSA P-256 CA (the counterpart of Amazon's root CA,
 * published as {@code DIR/server-ca.pem}) and a server certificate for the MQTT endpoint, so
 * devices can negotiate ECDHE-ECDSA suites like the ATECC508A kit does against AWS. Created
 * once and kept in {@code DIR/server/}; the server certificate is reissued when the host changes.
 * The same CA issues the console's MQTT client certificate ({@code DIR/server/console-*.pem}): the
 * account owner's test client, like the AWS console user's iot:* rights. Its key never leaves the
 * emulator directory, and it is not a device certificate (not in the certificate registry).
 */
public final class ServerPki {

	/** File names in {@code DIR/server/} of the console's MQTT client identity. */
	public static final String CONSOLE_CERTIFICATE = "console-cert.pem";
	public static final String CONSOLE_KEY = "console-key.pem";

	private final X509Certificate caCertificate;
	private final X509Certificate serverCertificate;
	private final PrivateKey serverKey;
	private final X509Certificate consoleCertificate;

	private enum Use { CA, SERVER, CLIENT }

	private ServerPki(X509Certificate ca, X509Certificate server, PrivateKey serverKey, X509Certificate console) {
		this.caCertificate = ca;
		this.serverCertificate = server;
		this.serverKey = serverKey;
		this.consoleCertificate = console;
	}

	public static ServerPki loadOrCreate(Path emulatorDir, String host) throws IOException, GeneralSecurityException {
		Path dir = emulatorDir.resolve("server");
		Files.createDirectories(dir);
		Path caCert = dir.resolve("ca-cert.pem");
		Path caKey = dir.resolve("ca-key.pem");
		Path serverCert = dir.resolve("server-cert.pem");
		Path serverKeyFile = dir.resolve("server-key.pem");
		X509Certificate ca;
		PrivateKey caPrivate;
		if (Files.exists(caCert) && Files.exists(caKey)) {
			ca = Pem.parseCertificate(Files.readString(caCert));
			caPrivate = readKey(caKey);
		} else {
			KeyPair pair = newKeyPair();
			ca = issue(new X500Name("CN=Trustbench AWS IoT Emulator Root CA,O=Trustbench"), pair, null, pair.getPrivate(),
					Use.CA, List.of());
			caPrivate = pair.getPrivate();
			writeKey(caKey, caPrivate);
			AtomicFiles.writeString(caCert, Pem.encode(ca));
		}
		X509Certificate server = null;
		PrivateKey key = null;
		if (Files.exists(serverCert) && Files.exists(serverKeyFile)) {
			X509Certificate existing = Pem.parseCertificate(Files.readString(serverCert));
			if (Pem.isSignedBy(existing, ca) && covers(existing, host)) {
				server = existing;
				key = readKey(serverKeyFile);
			}
		}
		if (server == null) {
			KeyPair pair = newKeyPair();
			server = issue(new X500Name("CN=" + host + ",O=Trustbench AWS IoT Emulator"), pair, ca, caPrivate, Use.SERVER,
					hostNames(host));
			key = pair.getPrivate();
			writeKey(serverKeyFile, key);
			AtomicFiles.writeString(serverCert, Pem.encode(server));
		}
		AtomicFiles.writeString(emulatorDir.resolve("server-ca.pem"), Pem.encode(ca));
		return new ServerPki(ca, server, key, consoleCertificate(dir, ca, caPrivate));
	}

	/** The console's client certificate, issued once (again when the CA changed). */
	private static X509Certificate consoleCertificate(Path dir, X509Certificate ca, PrivateKey caPrivate)
			throws IOException, GeneralSecurityException {
		Path certFile = dir.resolve(CONSOLE_CERTIFICATE);
		Path keyFile = dir.resolve(CONSOLE_KEY);
		if (Files.exists(certFile) && Files.exists(keyFile)) {
			X509Certificate existing = Pem.parseCertificate(Files.readString(certFile));
			if (Pem.isSignedBy(existing, ca)) {
				return existing;
			}
		}
		KeyPair pair = newKeyPair();
		X509Certificate console = issue(new X500Name("CN=Trustbench AWS IoT Console,O=Trustbench AWS IoT Emulator"), pair,
				ca, caPrivate, Use.CLIENT, List.of());
		writeKey(keyFile, pair.getPrivate());
		AtomicFiles.writeString(certFile, Pem.encode(console));
		return console;
	}

	/** The console principal's certificate (admitted with every MQTT action allowed). */
	public X509Certificate consoleCertificate() {
		return consoleCertificate;
	}

	public X509Certificate caCertificate() {
		return caCertificate;
	}

	public X509Certificate serverCertificate() {
		return serverCertificate;
	}

	/** Key managers presenting server certificate ‖ CA. */
	public KeyManagerFactory keyManagers() throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		char[] password = new char[0];
		store.setKeyEntry("server", serverKey, password, new X509Certificate[] { serverCertificate, caCertificate });
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(store, password);
		return factory;
	}

	private static List<GeneralName> hostNames(String host) {
		List<GeneralName> names = new ArrayList<>();
		names.add(new GeneralName(GeneralName.dNSName, "localhost"));
		names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
		if (host.matches("[0-9.]+")) {
			if (!host.equals("127.0.0.1")) {
				names.add(new GeneralName(GeneralName.iPAddress, host));
			}
		} else if (!host.equals("localhost")) {
			names.add(new GeneralName(GeneralName.dNSName, host));
		}
		return names;
	}

	private static boolean covers(X509Certificate certificate, String host) {
		try {
			if (certificate.getSubjectAlternativeNames() == null) {
				return false;
			}
			for (List<?> entry : certificate.getSubjectAlternativeNames()) {
				if (host.equals(entry.get(1))) {
					return true;
				}
			}
			return false;
		} catch (GeneralSecurityException e) {
			return false;
		}
	}

	private static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
		return generator.generateKeyPair();
	}

	private static X509Certificate issue(X500Name subject, KeyPair subjectKeys, X509Certificate issuer,
			PrivateKey issuerKey, Use use, List<GeneralName> sans) throws GeneralSecurityException, IOException {
		boolean ca = use == Use.CA;
		Instant now = Instant.now();
		X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
		BigInteger serial = new BigInteger(127, new SecureRandom());
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, serial,
				Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(ca ? 3650 : 825))), subject,
				subjectKeys.getPublic());
		JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
		builder.addExtension(Extension.subjectKeyIdentifier, false,
				utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
		if (ca) {
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		} else {
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					utils.createAuthorityKeyIdentifier(issuer.getPublicKey()));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
			builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
					use == Use.SERVER ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
			if (!sans.isEmpty()) {
				builder.addExtension(Extension.subjectAlternativeName, false,
						new GeneralNames(sans.toArray(GeneralName[]::new)));
			}
		}
		try {
			return new JcaX509CertificateConverter()
					.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
		} catch (org.bouncycastle.operator.OperatorCreationException e) {
			throw new GeneralSecurityException(e.getMessage(), e);
		}
	}

	private static void writeKey(Path file, PrivateKey key) throws IOException {
		AtomicFiles.writeString(file, Pem.encode("PRIVATE KEY", key.getEncoded()));
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// Not a POSIX file system: the emulator directory's own permissions apply.
		}
	}

	private static PrivateKey readKey(Path file) throws IOException, GeneralSecurityException {
		String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
	}
}
