package io.trustbench.pki.ui.internal.model;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.trustbench.pki.ui.internal.model.messages";

	public static String InspectorFields_fingerprints;
	public static String InspectorFields_fingerprintsValue;
	public static String InspectorFields_notYetValid;
	public static String InspectorFields_expiredDaysAgo;
	public static String InspectorFields_daysLeft;
	public static String InspectorFields_remaining;
	public static String InspectorFields_problem;
	public static String Asn1Item_encapsulated;
	public static String Asn1Item_encapsulatedBits;
	public static String Asn1Values_unusedBits;
	public static String TrustAnchors_none;
	public static String TrustAnchors_chosen;
	public static String TrustAnchors_fromFile;
	public static String TrustAnchors_fromWorkspace;
	public static String TrustAnchors_workspaceUnreadable;
	public static String ChainValidation_noAnchor;
	public static String ChainValidation_cannotValidate;
	public static String ChainValidation_validAnchor;
	public static String ChainValidation_valid;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
