package io.trustbench.pki.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.Field;
import io.trustbench.pki.ui.internal.model.Asn1Item;
import io.trustbench.pki.ui.internal.model.CertificateComparison;
import io.trustbench.pki.ui.internal.model.ChainValidation;
import io.trustbench.pki.ui.internal.model.HexLayout;
import io.trustbench.pki.ui.internal.model.InspectorFields;
import io.trustbench.pki.ui.internal.model.TrustAnchors;

/**
 * Mutated certificates (bit flips, truncation, random bytes; fixed seed) through everything the
 * inspector derives from them: the encapsulated-DER parser of the ASN.1 tab, the field tree,
 * hex layout, comparison and chain validation. Input the core refuses is fine; an exception
 * escaping or a hang is not.
 */
public class InspectorFuzzTest {

	@Test
	void mutatedCertificatesNeverBreakTheInspectorModel() throws Exception {
		TestChain chain = new TestChain();
		byte[][] seeds = { chain.device, chain.signer, chain.root };
		Random random = new Random(20261127L);
		Instant now = Instant.now();
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			int accepted = 0;
			for (int round = 0; round < 600; round++) {
				byte[] input = mutate(seeds[round % seeds.length], random);
				List<CertificateModel> certificates;
				try {
					certificates = CertificateReader.read(input);
				} catch (CertificateParseException e) {
					continue;
				}
				accepted++;
				for (CertificateModel cert : certificates) {
					Asn1Item root = Asn1Item.root(cert.asn1());
					walk(root);
					Field fields = InspectorFields.build(cert, now);
					walk(fields, cert.encoded().length);
					HexLayout layout = new HexLayout(cert.encoded());
					layout.ranges(fields.offset(), fields.length());
					CertificateComparison.compare(cert, CertificateModel.parse(seeds[0]), now);
				}
				ChainValidation.validate(certificates, TrustAnchors.automatic(certificates, null), now);
			}
			if (accepted == 0) {
				throw new AssertionError("no mutation was accepted; the fuzz test exercises nothing");
			}
		});
	}

	private static void walk(Asn1Item item) {
		item.value();
		for (Asn1Item child : item.children()) {
			walk(child);
		}
	}

	private static void walk(Field field, int size) {
		if (field.offset() < 0 || field.offset() + field.length() > size) {
			throw new AssertionError(field.name() + " points outside the certificate");
		}
		for (Field child : field.children()) {
			walk(child, size);
		}
	}

	private static byte[] mutate(byte[] seed, Random random) {
		byte[] copy = seed.clone();
		switch (random.nextInt(4)) {
		case 0 -> {
			int flips = 1 + random.nextInt(4);
			for (int i = 0; i < flips; i++) {
				copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
			}
		}
		case 1 -> copy = java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
		case 2 -> copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
		default -> {
			// Overwrite a run inside the extensions, where encapsulated DER lives.
			int start = copy.length / 2 + random.nextInt(copy.length / 3);
			for (int i = start; i < Math.min(copy.length, start + 6); i++) {
				copy[i] = (byte) random.nextInt(256);
			}
		}
		}
		return copy.length == 0 ? new byte[] { 0 } : copy;
	}
}
