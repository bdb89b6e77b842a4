package io.trustbench.pki.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every value {@code cert show} prints agrees with {@code openssl x509} on a corpus openssl
 * generates: serial, names (RFC 2253), dates, algorithms, key size and curve, fingerprints, and
 * each extension's name, criticality and decoded text.
 */
class OpensslAgreementTest {

	/** Extensions whose value text is compared line by line with openssl's. */
	private static final Set<String> TEXT_COMPARED = Set.of("2.5.29.14", "2.5.29.15", "2.5.29.17", "2.5.29.18",
			"2.5.29.19", "2.5.29.30", "2.5.29.31", "2.5.29.32", "2.5.29.33", "2.5.29.35", "2.5.29.36", "2.5.29.37",
			"2.5.29.54", "1.3.6.1.5.5.7.1.1", "1.3.6.1.5.5.7.1.11", "1.3.6.1.5.5.7.1.24", "2.16.840.1.113730.1.1",
			"2.16.840.1.113730.1.13");

	static Path dir;
	static List<Path> corpus;

	@BeforeAll
	static void generate() throws Exception {
		Openssl.assumeAvailable();
		dir = OpensslCorpus.shared();
		corpus = OpensslCorpus.files(dir);
	}

	@Test
	void everyCertificateAgreesWithOpenssl() throws Exception {
		int extensionsCompared = 0;
		for (Path file : corpus) {
			List<CertificateModel> read = CertificateReader.read(file);
			assertEquals(1, read.size(), file.toString());
			CertificateModel cert = read.get(0);
			String pem = file.getFileName().toString().endsWith(".der") ? dir.resolve("many.pem").toString()
					: file.toString();
			String where = file.getFileName().toString();

			Map<String, String> facts = facts(Openssl.run(dir, "x509", "-in", pem, "-noout", "-serial", "-subject",
					"-issuer", "-startdate", "-enddate", "-nameopt", "RFC2253,-esc_msb", "-fingerprint", "-sha256"));
			assertEquals(facts.get("serial").toLowerCase(Locale.ROOT).replaceFirst("^0+(?=.)", ""), cert.serialHex(),
					where);
			assertEquals(facts.get("subject"), cert.subject(), where);
			assertEquals(facts.get("issuer"), cert.issuer(), where);
			assertEquals(opensslDate(facts.get("notBefore")), cert.notBefore(), where);
			assertEquals(opensslDate(facts.get("notAfter")), cert.notAfter(), where);
			assertEquals(fingerprint(facts.get("sha256 Fingerprint")), cert.fingerprint("SHA-256"), where);
			String text = Openssl.run(dir, "x509", "-in", pem, "-noout", "-fingerprint", "-sha1", "-text");
			assertEquals(fingerprint(text.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("sha1 fingerprint=")).findFirst()
					.orElseThrow()), cert.fingerprint("SHA-1"), where);
			assertEquals(first(text, "Signature Algorithm: (\\S+)"), cert.signatureAlgorithm(), where);
			assertEquals(first(text, "Public Key Algorithm: (\\S+)"), cert.publicKey().algorithm(), where);
			assertEquals(first(text, "Version: (\\d+)"), Integer.toString(cert.version()), where);
			String bits = first(text, "Public-Key: \\((\\d+) bit\\)");
			if (bits != null) {
				assertEquals(bits, Integer.toString(cert.publicKey().bits()), where);
			}
			String nist = first(text, "NIST CURVE: (\\S+)");
			if (nist != null) {
				assertEquals(nist, cert.publicKey().curve(), where);
			}
			Map<String, OpensslExtension> theirs = extensions(text);
			assertEquals(theirs.size(), cert.extensions().size(), where + ": extension count");
			for (DecodedExtension mine : cert.extensions()) {
				OpensslExtension their = theirs.get(mine.name());
				assertTrue(their != null, where + ": openssl has no extension named '" + mine.name() + "' ("
						+ theirs.keySet() + ")");
				assertEquals(their.critical, mine.critical(), where + " " + mine.name());
				if (TEXT_COMPARED.contains(mine.oid())) {
					assertEquals(their.text, mine.text(), where + " " + mine.name());
					extensionsCompared++;
				}
			}
		}
		assertTrue(extensionsCompared >= 30, "only " + extensionsCompared + " extension values compared");
	}

	@Test
	void pkcs7AndChainFilesGiveTheSameCertificatesAsOpenssl() throws Exception {
		List<CertificateModel> pem = CertificateReader.read(dir.resolve("chain.pem"));
		List<CertificateModel> p7b = CertificateReader.read(dir.resolve("chain.p7b"));
		List<CertificateModel> p7c = CertificateReader.read(dir.resolve("chain.p7c"));
		assertEquals(3, pem.size());
		// openssl's own reading of the PKCS#7, printed back as PEM, must give the same certificates in order
		String printed = Openssl.run(dir, "pkcs7", "-in", "chain.p7b", "-print_certs");
		List<CertificateModel> theirs = CertificateReader.read(printed.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertEquals(theirs.stream().map(c -> c.fingerprint("SHA-256")).toList(),
				p7b.stream().map(c -> c.fingerprint("SHA-256")).toList());
		List<String> subjects = new ArrayList<>();
		Matcher m = Pattern.compile("subject=(.*)").matcher(printed);
		while (m.find()) {
			subjects.add(m.group(1).trim());
		}
		assertEquals(3, subjects.size());
		assertEquals(p7b.stream().map(c -> c.fingerprint("SHA-256")).toList(),
				p7c.stream().map(c -> c.fingerprint("SHA-256")).toList());
		assertEquals(Set.copyOf(pem.stream().map(c -> c.fingerprint("SHA-256")).toList()),
				Set.copyOf(p7b.stream().map(c -> c.fingerprint("SHA-256")).toList()));
	}

	record OpensslExtension(boolean critical, String text) {
	}

	/** Extension blocks of {@code openssl x509 -text}: header at 12 spaces, value lines at 16+. */
	static Map<String, OpensslExtension> extensions(String text) {
		Map<String, OpensslExtension> result = new LinkedHashMap<>();
		String[] lines = text.split("\n");
		int i = 0;
		while (i < lines.length && !lines[i].trim().equals("X509v3 extensions:")) {
			i++;
		}
		for (i++; i < lines.length; i++) {
			String line = lines[i];
			if (!line.startsWith("            ") || line.startsWith("             ")) {
				if (!line.startsWith("                ")) {
					break;
				}
				continue;
			}
			String header = line.trim();
			boolean critical = header.endsWith(": critical");
			String name = header.substring(0, header.lastIndexOf(':'));
			List<String> value = new ArrayList<>();
			while (i + 1 < lines.length && lines[i + 1].startsWith("                ")) {
				value.add(lines[++i].substring(16).stripTrailing());
			}
			result.put(name, new OpensslExtension(critical, String.join("\n", value)));
		}
		return result;
	}

	/** "key=value" lines of openssl x509 -noout output. */
	private static Map<String, String> facts(String output) {
		Map<String, String> facts = new LinkedHashMap<>();
		for (String line : output.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				facts.put(line.substring(0, eq), line.substring(eq + 1).trim());
			}
		}
		return facts;
	}

	private static String fingerprint(String output) {
		return output.substring(output.indexOf('=') + 1).trim().replace(":", "").toLowerCase(Locale.ROOT);
	}

	private static Instant opensslDate(String text) {
		String normalized = text.replaceAll("\\s+", " ");
		return LocalDateTime.parse(normalized, DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy 'GMT'", Locale.ROOT))
				.toInstant(ZoneOffset.UTC);
	}

	private static String first(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		return m.find() ? m.group(1) : null;
	}
}
