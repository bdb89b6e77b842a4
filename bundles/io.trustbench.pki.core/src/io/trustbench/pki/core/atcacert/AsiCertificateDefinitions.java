package io.trustbench.pki.core.atcacert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The two certificate definitions of the AWS-Secure-Insight thing firmware
 * ({@code cert_def_1_signer.c}, {@code cert_def_2_device.c}): the signer CA certificate (template 1,
 * compressed in slot 12, public key in slot 11, AKI from slot 8 offset 180) and the device
 * certificate (template 2, compressed in slot 10, public key from GenKey on slot 0). Templates are
 * Microchip's example certificates, shipped in this package.
 */
public final class AsiCertificateDefinitions {

	/** Slot 8 offset 180: authority key ID of the signer certificate (id of its extra element). */
	public static final String SIGNER_AUTHORITY_KEY_ID = "aid";

	private static volatile CertificateDefinition signer;
	private static volatile CertificateDefinition device;

	private AsiCertificateDefinitions() {
	}

	/** Signer CA certificate definition (template ID 1). */
	public static CertificateDefinition signer() {
		if (signer == null) {
			signer = signer(load("signer_tmpl.der"));
		}
		return signer;
	}

	/** Device certificate definition (template ID 2). */
	public static CertificateDefinition device() {
		if (device == null) {
			device = device(load("device_tmpl.der"));
		}
		return device;
	}

	/** The signer definition over a given 500-byte template (tests pass the oracle copy). */
	public static CertificateDefinition signer(byte[] template) {
		return CertificateDefinition.builder().name("ASI signer certificate (template 1)").templateId(1).chainId(0)
				.serialNumberSource(SerialNumberSource.PUB_KEY_HASH).issueDateFormat(DateFormat.RFC5280_UTC)
				.expireDateFormat(DateFormat.RFC5280_GEN).tbs(4, 411).expireYears(0)
				.publicKeyDeviceLocation(DeviceLocation.dataSlot(11, 0, 72))
				.compressedCertificateDeviceLocation(DeviceLocation.dataSlot(12, 0, 72)).privateKeySlot(0)
				.element(StandardElement.CERT_SN, 15, 16).element(StandardElement.ISSUE_DATE, 117, 13)
				.element(StandardElement.EXPIRE_DATE, 132, 15).element(StandardElement.PUBLIC_KEY, 247, 64)
				.element(StandardElement.SIGNATURE, 427, 74).element(StandardElement.SIGNER_ID, 216, 4)
				.element(StandardElement.AUTH_KEY_ID, 395, 20).element(StandardElement.SUBJ_KEY_ID, 362, 20)
				.extraElement(new CertificateElement(SIGNER_AUTHORITY_KEY_ID, DeviceLocation.dataSlot(8, 180, 20),
						new CertLocation(395, 20)))
				.template(template).build();
	}

	/** The device definition over a given 434-byte template. */
	public static CertificateDefinition device(byte[] template) {
		return CertificateDefinition.builder().name("ASI device certificate (template 2)").templateId(2).chainId(0)
				.serialNumberSource(SerialNumberSource.PUB_KEY_HASH).issueDateFormat(DateFormat.RFC5280_UTC)
				.expireDateFormat(DateFormat.RFC5280_GEN).tbs(4, 343).expireYears(0)
				.publicKeyDeviceLocation(DeviceLocation.genKey(0))
				.compressedCertificateDeviceLocation(DeviceLocation.dataSlot(10, 0, 72)).privateKeySlot(0)
				.element(StandardElement.CERT_SN, 15, 16).element(StandardElement.ISSUE_DATE, 121, 13)
				.element(StandardElement.EXPIRE_DATE, 136, 15).element(StandardElement.PUBLIC_KEY, 246, 64)
				.element(StandardElement.SIGNATURE, 359, 74).element(StandardElement.SIGNER_ID, 113, 4)
				.element(StandardElement.AUTH_KEY_ID, 327, 20).template(template).build();
	}

	private static byte[] load(String name) {
		try (InputStream in = AsiCertificateDefinitions.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("certificate template " + name + " missing from the bundle");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
