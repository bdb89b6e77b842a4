package io.trustbench.secureelement.ui;

/** Ids of the Device Explorer and its commands; persisted workspaces keep them, so they never change. */
public final class SecureElementUi {

	public static final String PLUGIN_ID = "io.trustbench.secureelement.ui";
	public static final String EXPLORER_VIEW_ID = "io.trustbench.secureelement.ui.explorer";

	private static final String COMMAND = "io.trustbench.secureelement.ui.";
	public static final String REFRESH_COMMAND = COMMAND + "refresh";
	public static final String INFO_COMMAND = COMMAND + "info";
	public static final String CONFIG_COMMAND = COMMAND + "config";
	public static final String PUBLIC_KEY_COMMAND = COMMAND + "publicKey";
	public static final String COPY_PUBLIC_KEY_PEM_COMMAND = COMMAND + "copyPublicKeyPem";
	public static final String SIGN_COMMAND = COMMAND + "sign";
	public static final String VERIFY_COMMAND = COMMAND + "verify";
	public static final String ECDH_COMMAND = COMMAND + "ecdh";
	public static final String RANDOM_COMMAND = COMMAND + "random";
	public static final String GENKEY_COMMAND = COMMAND + "genkey";
	public static final String READ_SLOT_COMMAND = COMMAND + "readSlot";
	public static final String LOCK_CONFIG_COMMAND = COMMAND + "lockConfig";
	public static final String LOCK_DATA_COMMAND = COMMAND + "lockData";
	public static final String LOCK_SLOT_COMMAND = COMMAND + "lockSlot";

	private SecureElementUi() {
	}
}
