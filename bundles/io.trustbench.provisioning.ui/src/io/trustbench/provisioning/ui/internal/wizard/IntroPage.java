package io.trustbench.provisioning.ui.internal.wizard;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;

/**
 * What the flow does and each of its steps with the explanation the seed gives, before anything
 * runs: the user knows what will happen to their kits and their AWS account.
 */
final class IntroPage extends WizardPage {

	/** Data key tests use to find the text. */
	static final String TEXT_KEY = "io.trustbench.provisioning.ui.intro";

	private final FlowWizardModel model;
	private StyledText text;
	private int shownRevision = -1;

	IntroPage(FlowWizardModel model) {
		super("intro");
		this.model = model;
		setTitle(Messages.Intro_title);
		setDescription(Messages.Intro_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));
		text = new StyledText(composite, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setData(TEXT_KEY, Boolean.TRUE);
		text.setMargins(6, 6, 6, 6);
		text.setBackground(composite.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 320).applyTo(text);
		setControl(composite);
		render();
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			render();
		}
		super.setVisible(visible);
	}

	private void render() {
		if (model.descriptor() == null || shownRevision == model.revision()) {
			return;
		}
		shownRevision = model.revision();
		try {
			Flow flow = model.flow();
			setTitle(flow.label());
			getContainer().updateWindowTitle();
			show(flow, model.plannedSteps(flow));
			setErrorMessage(null);
			setPageComplete(true);
		} catch (Exception | LinkageError e) {
			// A vendor's flow that cannot be built: say so here instead of failing later.
			text.setText("");
			setErrorMessage(NLS.bind(Messages.Intro_broken, model.descriptor().label(), FlowRunner.oneLine(e)));
			setPageComplete(false);
		}
	}

	private void show(Flow flow, List<FlowStep> steps) {
		StringBuilder content = new StringBuilder(flow.description()).append("\n\n");
		List<StyleRange> bold = new ArrayList<>();
		int number = 1;
		for (FlowStep step : steps) {
			String heading = number++ + ". " + step.label();
			bold.add(new StyleRange(content.length(), heading.length(), null, null, SWT.BOLD));
			content.append(heading).append('\n').append(step.explanation()).append("\n\n");
		}
		content.append(Messages.Intro_console);
		text.setText(content.toString());
		text.setStyleRanges(bold.toArray(StyleRange[]::new));
	}
}
