package io.trustbench.pki.core.atcacert;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import io.trustbench.pki.core.asn1.DerFormatException;
import io.trustbench.pki.core.asn1.DerNode;
import io.trustbench.pki.core.asn1.DerReader;
import io.trustbench.pki.core.asn1.DerSplice;

/**
 * The device certificate of a fleet of things: the ASI device template (same issuer, dates,
 * serial-number source, extensions, slots) with the subject CN "sn" + the chip's 9-byte serial
 * number as 18 upper-case hex digits, as Microchip's Trust&amp;GO device templates do. The CN is two
 * extra elements read from the config zone through {@link ElementTransform#BIN2HEX_UC}: SN[0:4]
 * (config offset 0) and SN[4:9] (config offset 8). So every thing's certificate names it, and the
 * CN can serve as its AWS IoT thing name and MQTT client id (20 characters).
 *
 * <p>Template ID 4: a host tells a fleet certificate in slot 10 from an ASI one (template 2) by the
 * template ID of the compressed certificate ({@link KnownCertificateDefinitions#byTemplateId}).
 */
public final class FleetCertificateDefinitions {

	/** Extra element: serial-number bytes 0–3 (config offset 0), 8 hex digits after "sn". */
	public static final String SERIAL_NUMBER_HIGH = "SN03";
	/** Extra element: serial-number bytes 4–8 (config offset 8), 10 hex digits. */
	public static final String SERIAL_NUMBER_LOW = "SN48";
	public static final int TEMPLATE_ID = 4;
	/** The CN of the template; a rebuild replaces the 18 X's. */
	static final String PLACEHOLDER = "snXXXXXXXXXXXXXXXXXX";

	private static final byte[] COMMON_NAME_OID = { 0x06, 0x03, 0x55, 0x04, 0x03 };
	private static volatile CertificateDefinition device;

	private FleetCertificateDefinitions() {
	}

	/** The fleet device definition (template ID 4), derived from {@link AsiCertificateDefinitions#device()}. */
	public static CertificateDefinition device() {
		if (device == null) {
			try {
				device = device(AsiCertificateDefinitions.device());
			} catch (AtcacertException e) {
				throw new IllegalStateException("cannot derive the fleet device template: " + e.getMessage(), e);
			}
		}
		return device;
	}

	/**
	 * The CN (and thing name) of the chip with this 9-byte serial number: {@code sn0123A1B2C3D4E5F6EE}.
	 */
	public static String commonName(byte[] deviceSerialNumber) {
		if (deviceSerialNumber == null || deviceSerialNumber.length != 9) {
			throw new IllegalArgumentException("a device serial number is 9 bytes");
		}
		return "sn" + HexFormat.of().withUpperCase().formatHex(deviceSerialNumber);
	}

	/**
	 * Same structure as {@code asi}, with the subject CN replaced by the serial-number placeholder;
	 * element locations after the CN are found again by {@link CertificateDefinitionDeriver}.
	 */
	static CertificateDefinition device(CertificateDefinition asi) throws AtcacertException {
		byte[] asiTemplate = asi.template();
		DerNode asiCn = subjectCommonName(asiTemplate);
		CertLocation serial = asi.location(StandardElement.CERT_SN);
		CertLocation signerId = asi.location(StandardElement.SIGNER_ID);
		if (serial.end() > asiCn.offset() || signerId.end() > asiCn.offset()) {
			throw new AtcacertException(asi.name() + ": serial number and signer ID must precede the subject CN");
		}
		byte[] template;
		try {
			template = DerSplice.replaceValue(asiTemplate, DerReader.parse(asiTemplate), asiCn,
					PLACEHOLDER.getBytes(StandardCharsets.US_ASCII));
		} catch (DerFormatException e) {
			throw new AtcacertException(asi.name() + ": " + e.getMessage(), e);
		}
		int cn = subjectCommonName(template).valueOffset();
		CertificateDefinition.Builder base = CertificateDefinition.builder()
				.name("fleet device certificate, CN = sn + chip serial (template " + TEMPLATE_ID + ")")
				.templateId(TEMPLATE_ID).chainId(asi.chainId()).serialNumberSource(asi.serialNumberSource())
				.expireYears(asi.expireYears()).publicKeyDeviceLocation(asi.publicKeyDeviceLocation())
				.compressedCertificateDeviceLocation(asi.compressedCertificateDeviceLocation())
				.privateKeySlot(asi.privateKeySlot())
				.element(StandardElement.SIGNER_ID, signerId.offset(), signerId.count())
				.extraElement(new CertificateElement(SERIAL_NUMBER_HIGH,
						new DeviceLocation(DeviceLocation.ZONE_CONFIG, 0, false, 0, 4), new CertLocation(cn + 2, 8),
						List.of(ElementTransform.BIN2HEX_UC)))
				.extraElement(new CertificateElement(SERIAL_NUMBER_LOW,
						new DeviceLocation(DeviceLocation.ZONE_CONFIG, 0, false, 8, 5), new CertLocation(cn + 10, 10),
						List.of(ElementTransform.BIN2HEX_UC)));
		CertificateDefinition derived = CertificateDefinitionDeriver.derive(template, base);
		// the deriver takes the whole serial INTEGER; ASI fixes its last byte in the template
		return derived.toBuilder().element(StandardElement.CERT_SN, serial.offset(), serial.count()).build();
	}

	/** The value of the last CN attribute of the subject. */
	static DerNode subjectCommonName(byte[] cert) throws AtcacertException {
		try {
			DerNode tbs = DerReader.parse(cert).child(0);
			int i = tbs.child(0).isContext(0) ? 1 : 0;
			DerNode found = null;
			for (DerNode rdn : tbs.child(i + 4).children()) {
				for (DerNode attribute : rdn.children()) {
					if (Arrays.equals(attribute.child(0).encoded(), COMMON_NAME_OID)) {
						found = attribute.child(1);
					}
				}
			}
			if (found == null) {
				throw new AtcacertException("the template's subject has no CN");
			}
			return found;
		} catch (DerFormatException e) {
			throw new AtcacertException("not a certificate template: " + e.getMessage(), e);
		}
	}
}
