package io.trustbench.provisioning.ui.internal.inputs;

import org.eclipse.osgi.util.NLS;

/** Texts of the generated option controls. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Devices_anyType;
	public static String Devices_automatic;
	public static String Devices_job;
	public static String Devices_looking;
	public static String Devices_missing;
	public static String Devices_none;
	public static String Number_invalid;
	public static String Secret_hint;
	public static String Text_empty;
	public static String Text_oneLine;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
