package io.trustbench.awsiot.ui.internal;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.trustbench.provisioning.core.console.ConsoleStatus;
import io.trustbench.provisioning.core.console.ShadowDocument;

/**
 * A thing's shadow (classic or named): reported, desired (editable) and delta side by side, with the
 * version the edit is based on, so a concurrent change is reported instead of overwritten.
 */
final class ShadowTab {

	private final AwsConsoleView view;
	private final Composite control;
	final Text thing;
	final Text shadowName;
	final Text reported;
	final Text desired;
	final Text delta;
	final Label version;
	private long loadedVersion;

	ShadowTab(Composite parent, AwsConsoleView view) {
		this.view = view;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).margins(4, 4).applyTo(control);
		new Label(control, SWT.NONE).setText(Messages.shadow_thing);
		thing = new Text(control, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(thing);
		new Label(control, SWT.NONE).setText(Messages.shadow_name);
		shadowName = new Text(control, SWT.BORDER);
		shadowName.setMessage(Messages.shadow_classic);
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(shadowName);
		button(Messages.shadow_load, this::load);
		button(Messages.shadow_update, this::updateDesired);
		button(Messages.shadow_delete, this::delete);
		version = new Label(control, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(version);

		SashForm panes = new SashForm(control, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(8, 1).applyTo(panes);
		reported = pane(panes, Messages.shadow_reported, true);
		desired = pane(panes, Messages.shadow_desired, false);
		delta = pane(panes, Messages.shadow_delta, true);
	}

	Composite control() {
		return control;
	}

	private void button(String text, Runnable run) {
		Button b = new Button(control, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> run.run());
	}

	private static Text pane(Composite parent, String title, boolean readOnly) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(group);
		Text text = new Text(group, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | (readOnly ? SWT.READ_ONLY : SWT.NONE));
		text.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		return text;
	}

	void showThing(String name) {
		thing.setText(name);
	}

	void load() {
		String t = thing.getText().trim();
		String n = shadowName.getText().trim();
		if (t.isEmpty()) {
			view.report(ConsoleStatus.error(Messages.shadow_noThing));
			return;
		}
		Optional<ShadowDocument>[] result = newHolder();
		view.run(Messages.shadow_load + " " + t, monitor -> {
			result[0] = view.connected().shadows().get(t, n);
			return ConsoleStatus.ok(result[0].isPresent() ? Messages.shadow_loaded + " " + t : Messages.shadow_none + " " + t);
		}, status -> show(result[0]));
	}

	@SuppressWarnings("unchecked")
	private static Optional<ShadowDocument>[] newHolder() {
		return new Optional[] { Optional.empty() };
	}

	private void show(Optional<ShadowDocument> document) {
		if (document == null) {
			return;
		}
		reported.setText(document.map(ShadowDocument::reported).orElse(""));
		desired.setText(document.map(ShadowDocument::desired).orElse("{\n}"));
		delta.setText(document.map(ShadowDocument::delta).orElse(""));
		loadedVersion = document.map(ShadowDocument::version).orElse(0L);
		version.setText(document.isPresent() ? Messages.shadow_version + " " + loadedVersion
				: Messages.shadow_none + " " + thing.getText().trim());
	}

	void updateDesired() {
		String t = thing.getText().trim();
		String n = shadowName.getText().trim();
		String text = desired.getText();
		long edited = loadedVersion;
		view.run(Messages.shadow_update + " " + t, monitor -> view.connected().shadows().updateDesired(t, n, text, edited),
				status -> {
					if (status.isOK()) {
						load();
					}
				});
	}

	void delete() {
		String t = thing.getText().trim();
		String n = shadowName.getText().trim();
		if (!view.confirm(Messages.shadow_delete, Messages.bind(Messages.shadow_deleteQuestion, t))) {
			return;
		}
		view.run(Messages.shadow_delete + " " + t, monitor -> view.connected().shadows().delete(t, n), status -> load());
	}
}
