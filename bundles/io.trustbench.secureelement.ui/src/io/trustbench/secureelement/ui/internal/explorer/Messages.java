package io.trustbench.secureelement.ui.internal.explorer;

import org.eclipse.osgi.util.NLS;

/** Texts of the Device Explorer tree. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String SlotUse_privateKey;
	public static String SlotUse_publicKey;
	public static String SlotUse_certificate;
	public static String SlotUse_secret;
	public static String SlotUse_data;
	public static String ScanJob_name;
	public static String ReadDeviceJob_name;
	public static String ReadDeviceJob_failed;
	public static String DeviceWatcher_name;
	public static String Explorer_scanning;
	public static String Explorer_noKits;
	public static String Explorer_reading;
	public static String Explorer_configZone;
	public static String Explorer_slot;
	public static String Explorer_slots;
	public static String Explorer_slotUse;
	public static String Explorer_kitCount;
	public static String Explorer_locked;
	public static String Explorer_unlocked;
	public static String Explorer_dataLocked;
	public static String Explorer_dataUnlocked;
	public static String Explorer_locksBoth;
	public static String Explorer_locksConfig;
	public static String Explorer_locksData;
	public static String Explorer_locksNone;
	public static String Explorer_locksShortBoth;
	public static String Explorer_locksShortConfig;
	public static String Explorer_locksShortData;
	public static String Explorer_deviceTooltip;
	public static String Explorer_bytes;
	public static String Explorer_useSign;
	public static String Explorer_useInternalSign;
	public static String Explorer_useEcdh;
	public static String Explorer_useGenKey;
	public static String Explorer_compressed;
	public static String Explorer_notReadable;
	public static String Explorer_empty;
	public static String Explorer_writable;
	public static String Explorer_slotLocked;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
