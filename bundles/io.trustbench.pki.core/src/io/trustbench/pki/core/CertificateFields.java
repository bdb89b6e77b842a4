package io.trustbench.pki.core;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.asn1.OidNames;

/** Builds the inspector's field tree, each field pointing at its bytes in the DER. */
final class CertificateFields {

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

	private CertificateFields() {
	}

	static Field build(CertificateModel cert) {
		DerNode root = cert.asn1();
		DerNode tbs = CertificateStructure.tbs(root);
		List<DerNode> f = CertificateStructure.tbsFields(root);
		List<Field> children = new ArrayList<>();
		DerNode version = tbs.children().get(0);
		children.add(version.isContext(0)
				? leaf("Version", versionText(cert), version)
				: Field.leaf("Version", versionText(cert) + " (default)", tbs.valueOffset(), 0));
		children.add(leaf("Serial Number", cert.serialColonHex() + " (" + cert.serialNumber() + ")", f.get(0)));
		children.add(leaf("Signature Algorithm", cert.signatureAlgorithm(), f.get(1)));
		children.add(name("Issuer", cert.issuer(), cert.bouncyCastle().getIssuer(), f.get(2)));
		DerNode validity = f.get(3);
		List<Field> dates = new ArrayList<>();
		if (validity.children().size() == 2) {
			dates.add(leaf("Not Before", ISO.format(cert.notBefore()), validity.children().get(0)));
			dates.add(leaf("Not After", ISO.format(cert.notAfter()), validity.children().get(1)));
		}
		children.add(node("Validity", ISO.format(cert.notBefore()) + " – " + ISO.format(cert.notAfter()), validity,
				dates));
		children.add(name("Subject", cert.subject(), cert.bouncyCastle().getSubject(), f.get(4)));
		children.add(publicKey(cert.publicKey(), f.get(5)));
		for (DerNode field : f.subList(6, f.size())) {
			if (field.isContext(1)) {
				children.add(leaf("Issuer Unique ID", "", field));
			} else if (field.isContext(2)) {
				children.add(leaf("Subject Unique ID", "", field));
			} else if (field.isContext(3)) {
				children.add(extensions(cert, field));
			}
		}
		children.add(leaf("Signature Algorithm (outer)", OidNames.name(cert.signatureAlgorithmOid()),
				root.children().get(1)));
		children.add(leaf("Signature Value", cert.signatureHex(), root.children().get(2)));
		return node("Certificate", cert.subject(), root, children);
	}

	private static String versionText(CertificateModel cert) {
		return cert.version() + " (0x" + Integer.toHexString(cert.version() - 1) + ")";
	}

	private static Field name(String title, String text, X500Name name, DerNode node) {
		List<Field> rdns = new ArrayList<>();
		RDN[] parsed = name.getRDNs();
		for (int i = 0; i < parsed.length && i < node.children().size(); i++) {
			DerNode set = node.children().get(i);
			AttributeTypeAndValue[] atvs = parsed[i].getTypesAndValues();
			for (int j = 0; j < atvs.length && j < set.children().size(); j++) {
				DerNode atv = set.children().get(j);
				String value = DistinguishedNames.rfc4514(new X500Name(new RDN[] { new RDN(atvs[j]) }));
				rdns.add(leaf(OidNames.attribute(atvs[j].getType().getId()),
						value.substring(value.indexOf('=') + 1), atv));
			}
		}
		return node(title, text, node, rdns);
	}

	private static Field publicKey(PublicKeyInfo key, DerNode spki) {
		List<Field> parts = new ArrayList<>();
		if (spki.children().size() == 2) {
			parts.add(leaf("Algorithm", key.algorithm() + (key.curve() == null ? "" : " " + key.curve()),
					spki.children().get(0)));
			parts.add(leaf("Public Key", key.publicKeyHex(), spki.children().get(1)));
		}
		String summary = key.algorithm() + (key.curve() == null ? "" : " " + key.curve()) + ", " + key.bits() + " bit";
		return node("Subject Public Key Info", summary, spki, parts);
	}

	private static Field extensions(CertificateModel cert, DerNode field) {
		List<Field> list = new ArrayList<>();
		List<DerNode> nodes = CertificateStructure.extensionNodes(cert.asn1());
		for (int i = 0; i < cert.extensions().size() && i < nodes.size(); i++) {
			DecodedExtension extension = cert.extensions().get(i);
			DerNode node = nodes.get(i);
			List<Field> parts = new ArrayList<>();
			List<DerNode> c = node.children();
			parts.add(leaf("Extension ID", extension.oid(), c.get(0)));
			if (c.size() == 3) {
				parts.add(leaf("Critical", Boolean.toString(extension.critical()), c.get(1)));
			}
			parts.add(leaf("Value", extension.text(), c.get(c.size() - 1)));
			list.add(node(extension.name() + (extension.critical() ? " (critical)" : ""), extension.text(), node,
					parts));
		}
		return node("Extensions", list.size() + " extensions", field, list);
	}

	private static Field leaf(String name, String value, DerNode node) {
		return Field.leaf(name, value, node.offset(), node.totalLength());
	}

	private static Field node(String name, String value, DerNode node, List<Field> children) {
		return new Field(name, value, node.offset(), node.totalLength(), children);
	}
}
