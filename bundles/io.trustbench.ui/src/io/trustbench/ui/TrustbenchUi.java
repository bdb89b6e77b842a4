package io.trustbench.ui;

/** Ids other UI bundles use to place their views in the Trustbench perspective. */
public final class TrustbenchUi {

	public static final String PLUGIN_ID = "io.trustbench.ui";
	public static final String PERSPECTIVE_ID = "io.trustbench.ui.perspective";
	/** Folder on the left: explorers (devices, AWS resources). */
	public static final String LEFT_FOLDER_ID = "io.trustbench.ui.left";
	/** Folder at the bottom: Console, Properties and other detail views. */
	public static final String BOTTOM_FOLDER_ID = "io.trustbench.ui.bottom";
	public static final String CONSOLE_VIEW_ID = "io.trustbench.ui.console";
	public static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";
	/** Views of later bundles that the perspective reserves a place for. */
	public static final String DEVICE_EXPLORER_VIEW_ID = "io.trustbench.secureelement.ui.explorer";
	public static final String AWS_CONSOLE_VIEW_ID = "io.trustbench.aws.ui.console";

	private TrustbenchUi() {
	}
}
