package io.trustbench.pki.ui.internal.editor;

/** {@code setData} keys that name the inspector's widgets for tests and accessibility tools. */
public final class InspectorWidgets {

	public static final String KEY = "io.trustbench.pki.ui.widget";
	public static final String CHAIN = "chain";
	public static final String ANCHOR = "anchor";
	public static final String TABS = "tabs";
	public static final String FIELDS = "fields";
	public static final String ASN1 = "asn1";
	public static final String HEX = "hex";
	public static final String HEX_LABEL = "hexLabel";
	public static final String PEM = "pem";
	public static final String TEXT = "text";
	public static final String ERROR = "error";
	public static final String COMPARE_TABLE = "compareTable";
	public static final String COMPARE_SUMMARY = "compareSummary";

	private InspectorWidgets() {
	}
}
