package io.trustbench.provisioning.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

/** Texts of the provisioning wizard's pages. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String Connection_accessKey;
	public static String Connection_aws;
	public static String Connection_awsHint;
	public static String Connection_description;
	public static String Connection_endpoint;
	public static String Connection_endpointInvalid;
	public static String Connection_keys;
	public static String Connection_keysIncomplete;
	public static String Connection_keysNotSaved;
	public static String Connection_keysNote;
	public static String Connection_keysSaved;
	public static String Connection_local;
	public static String Connection_localHint;
	public static String Connection_profile;
	public static String Connection_profileHint;
	public static String Connection_region;
	public static String Connection_regionInvalid;
	public static String Connection_secretKey;
	public static String Connection_title;
	public static String Connection_url;
	public static String Intro_broken;
	public static String Intro_console;
	public static String Intro_description;
	public static String Intro_title;
	public static String Options_description;
	public static String Options_loading;
	public static String Options_none;
	public static String Options_title;
	public static String Run_closeQuestion;
	public static String Run_closeTitle;
	public static String Run_description;
	public static String Run_details;
	public static String Run_done;
	public static String Run_doneLine;
	public static String Run_failed;
	public static String Run_failedTitle;
	public static String Run_retry;
	public static String Run_retryLine;
	public static String Run_retrying;
	public static String Run_startLine;
	public static String Run_stop;
	public static String Run_stopped;
	public static String Run_title;
	public static String Selection_contributor;
	public static String Selection_description;
	public static String Selection_flow;
	public static String Selection_id;
	public static String Selection_none;
	public static String Selection_title;
	public static String Summary_copyAll;
	public static String Summary_copyValue;
	public static String Summary_description;
	public static String Summary_headline;
	public static String Summary_headlineKept;
	public static String Summary_key;
	public static String Summary_title;
	public static String Summary_value;
	public static String Wizard_title;
	public static String Wizard_titleNoFlow;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
