package io.trustbench.tlsclient.core.internal;

import java.io.IOException;
import java.util.Arrays;

import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.crypto.TlsAgreement;
import org.bouncycastle.tls.crypto.TlsSecret;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsECDomain;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;

/**
 * ECDHE with the ephemeral private key inside the device: GenKey into the ECDH slot makes it
 * (public key out), ECDH with the server's point gives the shared X coordinate, the pre-master
 * secret of TLS 1.2 and the (EC)DHE input of TLS 1.3. The host only parses and validates the
 * server's point (BouncyCastle's domain does the on-curve check before the device sees it).
 */
final class DeviceEcdhAgreement implements TlsAgreement {

	private final DeviceTlsCrypto crypto;
	private final BcTlsECDomain domain;
	private final SecureElement device;
	private final int slot;
	private byte[] peerXY;
	private boolean ephemeral;

	DeviceEcdhAgreement(DeviceTlsCrypto crypto, BcTlsECDomain domain, SecureElement device, int slot) {
		this.crypto = crypto;
		this.domain = domain;
		this.device = device;
		this.slot = slot;
	}

	@Override
	public byte[] generateEphemeral() throws IOException {
		byte[] xy = deviceCall(() -> device.genKey(slot, null), "GenKey (ephemeral key) in slot " + slot);
		ephemeral = true;
		byte[] point = new byte[65];
		point[0] = 0x04;
		System.arraycopy(xy, 0, point, 1, 64);
		return point;
	}

	@Override
	public void receivePeerValue(byte[] peerValue) throws IOException {
		ECPublicKeyParameters key = domain.decodePublicKey(peerValue);
		ECPoint q = key.getQ().normalize();
		peerXY = new byte[64];
		System.arraycopy(q.getAffineXCoord().getEncoded(), 0, peerXY, 0, 32);
		System.arraycopy(q.getAffineYCoord().getEncoded(), 0, peerXY, 32, 32);
	}

	@Override
	public TlsSecret calculateSecret() throws IOException {
		if (!ephemeral || peerXY == null) {
			throw new TlsFatalAlert(AlertDescription.internal_error, "ECDH before both keys are known");
		}
		byte[] shared = deviceCall(() -> device.ecdh(slot, peerXY, null), "ECDH with slot " + slot);
		if (shared.length != 32) {
			throw new TlsFatalAlert(AlertDescription.internal_error, "slot " + slot
					+ " keeps the ECDH result inside the device (WriteECDH); TLS needs it returned");
		}
		TlsSecret secret = crypto.createSecret(shared);
		Arrays.fill(shared, (byte) 0);
		return secret;
	}

	interface DeviceCall {
		byte[] run() throws SecureElementException;
	}

	/** Runs a device command; its failure becomes a TLS internal_error alert carrying the device's message. */
	static byte[] deviceCall(DeviceCall call, String what) throws IOException {
		try {
			return call.run();
		} catch (SecureElementException e) {
			throw new TlsFatalAlert(AlertDescription.internal_error, "device " + what + ": " + e.getMessage(), e);
		}
	}
}
