package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.osgi.util.NLS;

/** Texts of the chip operations: job names, questions, results and refusals. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Button_cancel;
	public static String Button_continue;
	public static String Button_copy;
	public static String Button_copyPem;
	public static String Button_lock;
	public static String Config_message;
	public static String Config_title;
	public static String DeviceJob_failed;
	public static String Ecdh_ask;
	public static String Ecdh_kept;
	public static String Ecdh_message;
	public static String Ecdh_title;
	public static String Field_digest;
	public static String Field_peerKey;
	public static String Field_publicKey;
	public static String Field_signature;
	public static String GenKey_confirm;
	public static String GenKey_message;
	public static String GenKey_title;
	public static String Hex_hint;
	public static String Hex_notHex;
	public static String Hex_wrongLength;
	public static String Info_chip;
	public static String Info_firmware;
	public static String Info_kit;
	public static String Info_locks;
	public static String Info_message;
	public static String Info_revision;
	public static String Info_serial;
	public static String Info_title;
	public static String Info_transport;
	public static String Lock_config;
	public static String Lock_confirm;
	public static String Lock_data;
	public static String Lock_done;
	public static String Lock_irreversible;
	public static String Lock_slot;
	public static String Lock_title;
	public static String Lock_typeId;
	public static String PublicKey_message;
	public static String PublicKey_title;
	public static String Random_message;
	public static String Random_title;
	public static String Read_message;
	public static String Read_refusedPrivate;
	public static String Read_refusedSecret;
	public static String Read_title;
	public static String Sign_ask;
	public static String Sign_message;
	public static String Sign_title;
	public static String Verify_ask;
	public static String Verify_invalid;
	public static String Verify_title;
	public static String Verify_valid;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
