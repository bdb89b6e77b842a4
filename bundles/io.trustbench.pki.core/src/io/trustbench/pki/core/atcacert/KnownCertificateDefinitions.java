package io.trustbench.pki.core.atcacert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Certificate definitions by the short names the CLI and the emulated kits use. */
public final class KnownCertificateDefinitions {

	/** The fleet device definition ({@link FleetCertificateDefinitions#device()}): CN = "sn" + chip serial. */
	public static final String FLEET_DEVICE = "fleet-device";

	private static final Map<String, Supplier<CertificateDefinition>> BY_NAME = new LinkedHashMap<>();

	static {
		BY_NAME.put("asi-signer", AsiCertificateDefinitions::signer);
		BY_NAME.put("asi-device", AsiCertificateDefinitions::device);
		BY_NAME.put(FLEET_DEVICE, FleetCertificateDefinitions::device);
	}

	private KnownCertificateDefinitions() {
	}

	public static Iterable<String> names() {
		return BY_NAME.keySet();
	}

	public static CertificateDefinition byName(String name) throws AtcacertException {
		Supplier<CertificateDefinition> supplier = BY_NAME.get(name);
		if (supplier == null) {
			throw new AtcacertException("unknown certificate definition '" + name + "'; known: "
					+ String.join(", ", BY_NAME.keySet()));
		}
		return supplier.get();
	}

	/**
	 * The definition a compressed certificate was made with, by its template ID: a thing's slot 10
	 * holds template 2 (ASI, {@code emu-thing}) or 4 (fleet things). Rebuild with
	 * {@code DeviceData...deviceSerialNumber(chip serial)}: definitions that do not use it ignore it.
	 */
	public static CertificateDefinition forCompressed(CompressedCertificate compressed) throws AtcacertException {
		CertificateDefinition def = byTemplateId(compressed.templateId());
		if (def == null) {
			throw new AtcacertException("no known certificate definition has template ID " + compressed.templateId()
					+ "; known: " + String.join(", ", BY_NAME.keySet()));
		}
		return def;
	}

	/** The known definition with this template ID, or null. */
	public static CertificateDefinition byTemplateId(int templateId) {
		for (Supplier<CertificateDefinition> supplier : BY_NAME.values()) {
			CertificateDefinition def = supplier.get();
			if (def.templateId() == templateId) {
				return def;
			}
		}
		return null;
	}
}
