package io.trustbench.secureelement.ui.internal.properties;

import org.eclipse.osgi.util.NLS;

/** Categories and field names of the Properties view. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Category_kit;
	public static String Category_chip;
	public static String Category_locks;
	public static String Category_transport;
	public static String Category_config;
	public static String Category_raw;
	public static String Category_slot;
	public static String Category_status;
	public static String Field_message;
	public static String Field_error;
	public static String Field_id;
	public static String Field_name;
	public static String Field_kits;
	public static String Field_kind;
	public static String Field_transport;
	public static String Field_location;
	public static String Field_firmware;
	public static String Field_model;
	public static String Field_serial;
	public static String Field_revision;
	public static String Field_configZone;
	public static String Field_dataZone;
	public static String Field_lockedSlots;
	public static String Field_slotLocked;
	public static String Field_content;
	public static String Value_none;
	public static String Value_locked;
	public static String Value_unlocked;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
