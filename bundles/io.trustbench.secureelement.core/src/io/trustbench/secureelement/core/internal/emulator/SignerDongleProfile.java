package io.trustbench.secureelement.core.internal.emulator;

/** The AT88CKECCSIGNER dongle: same layout as the root dongle, signer CA key in slot 3. */
public final class SignerDongleProfile extends RootDongleProfile {

	public SignerDongleProfile() {
		super("AT88CKECCSIGNER");
	}
}
