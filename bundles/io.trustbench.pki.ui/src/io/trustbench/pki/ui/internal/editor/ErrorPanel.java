package io.trustbench.pki.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What the editor shows instead of the inspector when the input cannot be read: one clear line. */
final class ErrorPanel {

	private ErrorPanel() {
	}

	static Composite create(Composite parent, String title, String message) {
		Composite panel = new Composite(parent, SWT.NONE);
		panel.setLayout(new GridLayout(2, false));
		Label icon = new Label(panel, SWT.NONE);
		icon.setImage(parent.getDisplay().getSystemImage(SWT.ICON_ERROR));
		icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false, 1, 2));
		Label heading = new Label(panel, SWT.WRAP);
		heading.setText(title);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
		Label text = new Label(panel, SWT.WRAP);
		text.setText(message);
		text.setData(InspectorWidgets.KEY, InspectorWidgets.ERROR);
		GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
		data.widthHint = 600;
		text.setLayoutData(data);
		return panel;
	}
}
