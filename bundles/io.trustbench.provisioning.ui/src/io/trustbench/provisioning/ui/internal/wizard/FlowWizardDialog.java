package io.trustbench.provisioning.ui.internal.wizard;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

/**
 * The wizard's window, modeless: while a flow runs the user can scroll the Console view and the
 * Device Explorer behind it, as the seed's tool showed its DevTools console beside the buttons.
 */
public final class FlowWizardDialog extends WizardDialog {

	private FlowWizardDialog(Shell parent, FlowWizard wizard) {
		super(parent, wizard);
		setShellStyle(getShellStyle() & ~SWT.APPLICATION_MODAL | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	/** Room for step labels, explanations and 64-character ids without truncation. */
	@Override
	protected Point getInitialSize() {
		Point preferred = super.getInitialSize();
		return new Point(Math.max(preferred.x, 880), Math.max(preferred.y, 760));
	}

	public static FlowWizardDialog open(Shell parent, FlowWizard wizard) {
		FlowWizardDialog dialog = new FlowWizardDialog(parent, wizard);
		dialog.open();
		return dialog;
	}
}
