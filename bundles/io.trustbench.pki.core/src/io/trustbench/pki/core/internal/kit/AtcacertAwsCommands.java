package io.trustbench.pki.core.internal.kit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.core.TrafficLog;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.atcacert.CertificateDefinition;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.DeviceData;
import io.trustbench.pki.core.atcacert.KnownCertificateDefinitions;
import io.trustbench.pki.core.ca.CaCertificates;
import io.trustbench.pki.core.ca.PkiLayout;
import io.trustbench.pki.core.ca.SecureElementSigner;
import io.trustbench.pki.core.ca.SigningException;
import io.trustbench.pki.core.ca.VerificationCertificate;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.Zone;
import io.trustbench.secureelement.core.kit.AwsCommand;
import io.trustbench.secureelement.core.kit.AwsCommandHandler;
import io.trustbench.secureelement.core.kit.AwsKitContext;
import io.trustbench.secureelement.core.kit.KitReply;

/**
 * The {@code aws:} commands of the emulated Secure Insight kits that need the certificate codec
 * (device-protocol.md §1.5–1.8):
 * <ul>
 * <li>root dongle {@code g(00)}: creates the root certificate on first request (blob 00, slot 10);</li>
 * <li>signer dongle {@code i(<regCode>,<root key>)}: builds the signer certificate on the ASI
 * template, returns its TBS digest; {@code ss(01,<sig>)}: adds the root's signature, stores the
 * certificate (PEM blob 01, compressed in slot 12, root key in slot 14) and the verification
 * certificate for the registration code (blob 02);</li>
 * <li>thing {@code i(<signer key>)}: new key in slot 0, returns the device TBS digest (on the
 * definition the kit's {@link AwsKitContext#DEVICE_CERTIFICATE_DEFINITION} setting names, by default
 * the ASI device template);
 * {@code ss(03,<sig>)}: compressed device certificate to slot 10; {@code sc(01,<PEM>)}: signer
 * key to slot 11, compressed signer certificate to slot 12, its AKI to slot 8 offset 180;
 * {@code g(03)}: the device certificate rebuilt from slots 10, 11 and the slot-0 key.</li>
 * </ul>
 * Everything goes through the kit's chip with the normal API, so keys stay in the chip. Bad
 * arguments answer C3, as the firmware does.
 */
public final class AtcacertAwsCommands implements AwsCommandHandler {

	static final String ASI_DEVICE = "asi-device";
	static final String PENDING_SIGNER = "pki.pending-signer.der";
	static final String PENDING_ROOT_KEY = "pki.pending-root-key.bin";
	static final String PENDING_CODE = "pki.registration-code.txt";
	static final String PENDING_DEVICE = "pki.pending-device.der";
	static final String PENDING_SIGNER_KEY = "pki.pending-signer-key.bin";

	/** Slot 8 offset 180: the signer certificate's authority key ID on the thing. */
	static final int THING_AKI_SLOT = 8;
	static final int THING_AKI_OFFSET = 180;
	static final int THING_DEVICE_CERT_SLOT = 10;
	static final int THING_SIGNER_KEY_SLOT = 11;
	static final int THING_SIGNER_CERT_SLOT = 12;

	@Override
	public KitReply handle(AwsCommand command, AwsKitContext kit, IProgressMonitor monitor)
			throws SecureElementException {
		try {
			return switch (kit.kind()) {
			case "root-dongle" -> "g".equals(command.verb()) ? rootCertificate(command, kit, monitor) : null;
			case "signer-dongle" -> switch (command.verb()) {
				case "i" -> signerInit(command, kit, monitor);
				case "ss" -> signerSave(command, kit, monitor);
				default -> null;
				};
			case "thing" -> switch (command.verb()) {
				case "i" -> thingInit(command, kit, monitor);
				case "ss" -> thingSave(command, kit, monitor);
				case "sc" -> thingSaveSigner(command, kit, monitor);
				case "g" -> thingCertificate(command, kit, monitor);
				default -> null;
				};
			default -> null;
			};
		} catch (IllegalArgumentException | AtcacertException | CertificateParseException e) {
			log(kit, command.verb() + ": " + e.getMessage());
			return KitReply.status(KitReply.INVALID_PARAMS);
		} catch (SigningException e) {
			if (e.getCause() instanceof SecureElementException chip) {
				throw chip;
			}
			log(kit, command.verb() + ": " + e.getMessage());
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
	}

	/**
	 * Root {@code g(00,n)}: the first request creates the dongle's root certificate (self-signed by
	 * slot 3, as {@code pki init} builds it) and stores it as blob 00 and compressed in slot 10; the
	 * built-in command then serves the chunks.
	 */
	private static KitReply rootCertificate(AwsCommand c, AwsKitContext kit, IProgressMonitor monitor)
			throws SecureElementException, AtcacertException, CertificateParseException, SigningException {
		byte[] id = c.hexArgument(0);
		if (id.length != 1 || id[0] != 0 || kit.blob(blobName(0)).isPresent()) {
			return null;
		}
		SecureElement chip = kit.chip();
		byte[] root = CaCertificates.createRoot(new SecureElementSigner(chip, PkiLayout.CA_KEY_SLOT),
				CaCertificates.issueHour(Instant.now()), monitor);
		chip.write(Zone.DATA, PkiLayout.ROOT_CERT_SLOT, 0,
				CertificateRebuilder.compress(CaCertificates.rootDefinition(root), root, null).toBytes(), monitor);
		kit.putBlob(blobName(0), CertificateModel.parse(root).toPem().getBytes(StandardCharsets.US_ASCII));
		return null;
	}

	private static KitReply signerInit(AwsCommand c, AwsKitContext kit, IProgressMonitor monitor)
			throws SecureElementException, AtcacertException {
		if (c.argumentCount() != 2) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		String code = c.rawArguments().get(0).trim();
		byte[] rootKey = c.hexArgument(1);
		if (rootKey.length != 64 || !code.matches("[0-9A-Za-z][0-9A-Za-z-]{0,63}")) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		SecureElement chip = kit.chip();
		byte[] signerKey = chip.publicKey(PkiLayout.CA_KEY_SLOT, monitor);
		CertificateDefinition def = AsiCertificateDefinitions.signer();
		var issued = CaCertificates.issueHour(Instant.now());
		CompressedCertificate unsigned = new CompressedCertificate(new byte[64], issued, def.expireYears(),
				CaCertificates.signerIdFor(signerKey), def.templateId(), def.chainId(), def.serialNumberSource(),
				CompressedCertificate.formatVersionFor(issued, def.expireYears()));
		byte[] tbsCert = CertificateRebuilder.rebuild(def, unsigned, DeviceData.of(signerKey).caPublicKey(rootKey));
		kit.putBlob(PENDING_SIGNER, tbsCert);
		kit.putBlob(PENDING_ROOT_KEY, rootKey);
		kit.putBlob(PENDING_CODE, code.getBytes(StandardCharsets.US_ASCII));
		return KitReply.ok(CertificateRebuilder.tbsDigest(def, tbsCert));
	}

	private static KitReply signerSave(AwsCommand c, AwsKitContext kit, IProgressMonitor monitor)
			throws SecureElementException, AtcacertException, CertificateParseException, SigningException {
		if (c.argumentCount() != 2) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		byte[] id = c.hexArgument(0);
		byte[] signature = c.hexArgument(1);
		Optional<byte[]> pending = kit.blob(PENDING_SIGNER);
		Optional<byte[]> rootKey = kit.blob(PENDING_ROOT_KEY);
		if (id.length != 1 || id[0] != 1 || signature.length != 64 || pending.isEmpty() || rootKey.isEmpty()) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		CertificateDefinition def = AsiCertificateDefinitions.signer();
		byte[] cert = CertificateRebuilder.withSignature(def, pending.get(), signature);
		CertificateModel model = CertificateModel.parse(cert);
		if (!verifies(model, rootKey.get())) {
			log(kit, "ss: the signature does not verify with the root key given to aws:i");
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		SecureElement chip = kit.chip();
		chip.write(Zone.DATA, PkiLayout.SIGNER_CERT_SLOT, 0, CertificateRebuilder.compress(def, cert, null).toBytes(),
				monitor);
		chip.write(Zone.DATA, PkiLayout.SIGNER_ROOT_KEY_SLOT, 0, padded(rootKey.get()), monitor);
		kit.putBlob(blobName(1), model.toPem().getBytes(StandardCharsets.US_ASCII));
		String code = new String(kit.blob(PENDING_CODE).orElse(new byte[0]), StandardCharsets.US_ASCII);
		byte[] verification = VerificationCertificate.create(code, cert,
				new SecureElementSigner(chip, PkiLayout.CA_KEY_SLOT), Instant.now(), monitor);
		kit.putBlob(blobName(2), CertificateModel.parse(verification).toPem().getBytes(StandardCharsets.US_ASCII));
		return KitReply.ok(new byte[0]);
	}

	private static KitReply thingInit(AwsCommand c, AwsKitContext kit, IProgressMonitor monitor)
			throws SecureElementException, AtcacertException {
		if (c.argumentCount() != 1) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		byte[] signerKey = c.hexArgument(0);
		if (signerKey.length != 64) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		SecureElement chip = kit.chip();
		// as the ASI firmware: every aws:i makes a new device key (device-protocol.md §1.12)
		byte[] deviceKey = chip.genKey(0, monitor);
		CertificateDefinition def = deviceDefinition(kit);
		var issued = CaCertificates.issueHour(Instant.now());
		CompressedCertificate unsigned = new CompressedCertificate(new byte[64], issued, def.expireYears(),
				signerId(chip, signerKey, monitor), def.templateId(), def.chainId(), def.serialNumberSource(),
				CompressedCertificate.formatVersionFor(issued, def.expireYears()));
		byte[] tbsCert = CertificateRebuilder.rebuild(def, unsigned, DeviceData.of(deviceKey).caPublicKey(signerKey)
				.deviceSerialNumber(chip.readConfig(monitor).serialNumber()));
		kit.putBlob(PENDING_DEVICE, tbsCert);
		kit.putBlob(PENDING_SIGNER_KEY, signerKey);
		return KitReply.ok(CertificateRebuilder.tbsDigest(def, tbsCert));
	}

	private static KitReply thingSave(AwsCommand c, AwsKitContext kit, IProgressMonitor monitor)
			throws SecureElementException, AtcacertException, CertificateParseException {
		if (c.argumentCount() != 2) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		byte[] id = c.hexArgument(0);
		byte[] signature = c.hexArgument(1);
		if (id.length != 1 || id[0] != 3) {
			return KitReply.ok(new byte[0]); // the firmware ignores unknown certificate IDs (§1.12)
		}
		Optional<byte[]> pending = kit.blob(PENDING_DEVICE);
		Optional<byte[]> signerKey = kit.blob(PENDING_SIGNER_KEY);
		if (signature.length != 64 || pending.isEmpty() || signerKey.isEmpty()) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		CertificateDefinition def = deviceDefinition(kit);
		byte[] cert = CertificateRebuilder.withSignature(def, pending.get(), signature);
		CertificateModel model = CertificateModel.parse(cert);
		if (!verifies(model, signerKey.get())) {
			log(kit, "ss: the signature does not verify with the signer key given to aws:i");
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		SecureElement chip = kit.chip();
		byte[] serial = chip.readConfig(monitor).serialNumber();
		chip.write(Zone.DATA, THING_DEVICE_CERT_SLOT, 0, CertificateRebuilder.compress(def, cert, serial).toBytes(),
				monitor);
		kit.putBlob(blobName(3), model.toPem().getBytes(StandardCharsets.US_ASCII));
		return KitReply.ok(new byte[0]);
	}

	private static KitReply thingSaveSigner(AwsCommand c, AwsKitContext kit, IProgressMonitor monitor)
			throws SecureElementException, AtcacertException, CertificateParseException {
		if (c.argumentCount() != 2) {
			return KitReply.status(KitReply.INVALID_PARAMS);
		}
		byte[] id = c.hexArgument(0);
		if (id.length != 1 || id[0] != 1) {
			return KitReply.ok(new byte[0]); // unknown IDs are ignored by the firmware (§1.12)
		}
		CertificateModel signer = CertificateReader.read(c.rawArguments().get(1).getBytes(StandardCharsets.US_ASCII))
				.get(0);
		CertificateDefinition def = AsiCertificateDefinitions.signer();
		byte[] der = signer.encoded();
		CompressedCertificate compressed = CertificateRebuilder.compress(def, der, null);
		DeviceData data = CertificateRebuilder.deviceData(def, der);
		SecureElement chip = kit.chip();
		chip.write(Zone.DATA, THING_SIGNER_KEY_SLOT, 0, padded(data.subjectPublicKey()), monitor);
		chip.write(Zone.DATA, THING_SIGNER_CERT_SLOT, 0, compressed.toBytes(), monitor);
		// 4-byte aligned write of just the 20 AKI bytes: the 2016 firmware's 32-byte block write could
		// clobber the thing name and button state around it (device-protocol.md §1.8)
		chip.write(Zone.DATA, THING_AKI_SLOT, THING_AKI_OFFSET, data.authorityKeyId(), monitor);
		return KitReply.ok(new byte[0]);
	}

	/** g(03): rebuild from the chip when the signer key is in slot 11; the built-in command then serves it. */
	private static KitReply thingCertificate(AwsCommand c, AwsKitContext kit, IProgressMonitor monitor)
			throws SecureElementException, AtcacertException, CertificateParseException {
		byte[] id = c.hexArgument(0);
		if (id.length != 1 || id[0] != 3) {
			return null;
		}
		SecureElement chip = kit.chip();
		byte[] signerSlot = chip.read(Zone.DATA, THING_SIGNER_KEY_SLOT, 0, 72, monitor);
		byte[] compressed = chip.read(Zone.DATA, THING_DEVICE_CERT_SLOT, 0, 72, monitor);
		if (isBlank(signerSlot) || isBlank(compressed)) {
			return null; // before aws:sc: the certificate saved by aws:ss is served as it is
		}
		byte[] signerKey = unpadded(signerSlot);
		byte[] cert = CertificateRebuilder.rebuild(deviceDefinition(kit), CompressedCertificate.parse(compressed),
				DeviceData.of(chip.publicKey(0, monitor)).caPublicKey(signerKey)
						.deviceSerialNumber(chip.readConfig(monitor).serialNumber()));
		kit.putBlob(blobName(3), CertificateModel.parse(cert).toPem().getBytes(StandardCharsets.US_ASCII));
		return null;
	}

	/**
	 * The thing's device-certificate definition: the kit's setting (fleet things:
	 * {@code fleet-device}, CN = "sn" + chip serial), else the seed's ASI device template.
	 */
	static CertificateDefinition deviceDefinition(AwsKitContext kit) throws AtcacertException {
		return KnownCertificateDefinitions.byName(kit.setting(AwsKitContext.DEVICE_CERTIFICATE_DEFINITION)
				.orElse(ASI_DEVICE));
	}

	/** The signer ID of the signer certificate stored in slot 12, or the one pki init derives from the key. */
	private static int signerId(SecureElement chip, byte[] signerKey, IProgressMonitor monitor)
			throws SecureElementException {
		byte[] stored = chip.read(Zone.DATA, THING_SIGNER_CERT_SLOT, 0, 72, monitor);
		byte[] storedKey = chip.read(Zone.DATA, THING_SIGNER_KEY_SLOT, 0, 72, monitor);
		if (!isBlank(stored) && Arrays.equals(unpadded(storedKey), signerKey)) {
			return ((stored[67] & 0xff) << 8) | (stored[68] & 0xff);
		}
		return CaCertificates.signerIdFor(signerKey);
	}

	private static boolean verifies(CertificateModel cert, byte[] issuerKey) {
		try {
			java.security.spec.ECPoint point = new java.security.spec.ECPoint(
					new java.math.BigInteger(1, Arrays.copyOf(issuerKey, 32)),
					new java.math.BigInteger(1, Arrays.copyOfRange(issuerKey, 32, 64)));
			java.security.interfaces.ECPublicKey own = (java.security.interfaces.ECPublicKey) cert.toX509().getPublicKey();
			java.security.PublicKey key = java.security.KeyFactory.getInstance("EC")
					.generatePublic(new java.security.spec.ECPublicKeySpec(point, own.getParams()));
			cert.toX509().verify(key);
			return true;
		} catch (java.security.GeneralSecurityException | CertificateParseException | RuntimeException e) {
			return false;
		}
	}

	static String blobName(int id) {
		return String.format("cert.%02X.pem", id);
	}

	static byte[] padded(byte[] key) {
		byte[] out = new byte[72];
		System.arraycopy(key, 0, out, 4, 32);
		System.arraycopy(key, 32, out, 40, 32);
		return out;
	}

	static byte[] unpadded(byte[] slot) {
		byte[] key = new byte[64];
		System.arraycopy(slot, 4, key, 0, 32);
		System.arraycopy(slot, 40, key, 32, 32);
		return key;
	}

	private static boolean isBlank(byte[] data) {
		for (byte b : data) {
			if (b != 0 && b != (byte) 0xff) {
				return false;
			}
		}
		return true;
	}

	private static void log(AwsKitContext kit, String message) {
		TrafficLog.global().log(TrafficLog.Channel.INFO, kit.id(), message);
	}
}
