package io.trustbench.pki.core;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code cert show --json}: one object per certificate with serialHex, subject, issuer,
 * notBefore/notAfter (ISO 8601 UTC), publicKey, signatureAlgorithm, extensions and fingerprints.
 */
public final class CertificateJson {

	private CertificateJson() {
	}

	public static String render(List<CertificateModel> certificates, Instant now) {
		JsonArray array = new JsonArray();
		for (CertificateModel cert : certificates) {
			array.add(toJson(cert, now));
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
	}

	public static JsonObject toJson(CertificateModel cert, Instant now) {
		JsonObject o = new JsonObject();
		o.addProperty("version", cert.version());
		o.addProperty("serialHex", cert.serialHex());
		o.addProperty("serialDecimal", cert.serialNumber().toString());
		o.addProperty("signatureAlgorithm", cert.signatureAlgorithm());
		o.addProperty("signatureAlgorithmOid", cert.signatureAlgorithmOid());
		o.addProperty("issuer", cert.issuer());
		o.addProperty("subject", cert.subject());
		o.addProperty("notBefore", DateTimeFormatter.ISO_INSTANT.format(cert.notBefore()));
		o.addProperty("notAfter", DateTimeFormatter.ISO_INSTANT.format(cert.notAfter()));
		o.addProperty("daysLeft", cert.daysLeft(now));
		PublicKeyInfo key = cert.publicKey();
		JsonObject pk = new JsonObject();
		pk.addProperty("algorithm", key.algorithm());
		pk.addProperty("algorithmOid", key.algorithmOid());
		pk.addProperty("curve", key.curve());
		pk.addProperty("curveOid", key.curveOid());
		pk.addProperty("bits", key.bits());
		pk.addProperty("publicKey", key.publicKeyHex());
		if (key.exponent() != null) {
			pk.addProperty("exponent", key.exponent());
		}
		o.add("publicKey", pk);
		JsonArray extensions = new JsonArray();
		for (DecodedExtension extension : cert.extensions()) {
			JsonObject e = new JsonObject();
			e.addProperty("oid", extension.oid());
			e.addProperty("name", extension.name());
			e.addProperty("critical", extension.critical());
			e.addProperty("value", extension.text());
			e.addProperty("decoded", extension.decoded());
			if (extension.problem() != null) {
				e.addProperty("problem", extension.problem());
			}
			e.addProperty("der", extension.valueHex());
			extensions.add(e);
		}
		o.add("extensions", extensions);
		JsonObject fingerprints = new JsonObject();
		fingerprints.addProperty("sha1", cert.fingerprint("SHA-1"));
		fingerprints.addProperty("sha256", cert.fingerprint("SHA-256"));
		o.add("fingerprints", fingerprints);
		o.addProperty("selfIssued", cert.isSelfIssued());
		return o;
	}
}
