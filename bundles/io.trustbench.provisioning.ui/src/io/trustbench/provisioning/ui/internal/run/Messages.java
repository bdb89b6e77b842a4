package io.trustbench.provisioning.ui.internal.run;

import org.eclipse.osgi.util.NLS;

/** Texts of the steps table. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Steps_alreadyDone;
	public static String Steps_done;
	public static String Steps_duration;
	public static String Steps_notRun;
	public static String Steps_outcome;
	public static String Steps_running;
	public static String Steps_step;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
