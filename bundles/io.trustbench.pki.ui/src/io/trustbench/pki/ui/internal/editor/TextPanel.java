package io.trustbench.pki.ui.internal.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

/** A read-only monospace text (the PEM and Text tabs); selectable so users can copy it. */
final class TextPanel {

	private TextPanel() {
	}

	static StyledText create(Composite parent, String key) {
		StyledText text = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		text.setFont(JFaceResources.getTextFont());
		text.setLeftMargin(6);
		text.setTopMargin(4);
		text.setData(InspectorWidgets.KEY, key);
		return text;
	}
}
