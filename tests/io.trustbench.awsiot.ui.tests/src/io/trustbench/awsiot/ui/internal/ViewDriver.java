package io.trustbench.awsiot.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;

/** Test access to the view's widgets (the fragment shares the package): what a user sees and clicks. */
public final class ViewDriver {

	public static final Object JOB_FAMILY = ConsoleJob.FAMILY;

	private final AwsConsoleView view;

	public ViewDriver(AwsConsoleView view) {
		this.view = view;
	}

	private ResourceTab<?> tab(int index) {
		ResourceTabs tabs = view.tabs();
		return List.<ResourceTab<?>>of(tabs.cas, tabs.certificates, tabs.things, tabs.policies, tabs.rules).get(index);
	}

	/** 0 CA certificates, 1 certificates, 2 things, 3 policies, 4 topic rules. */
	public Table table(int tab) {
		return tab(tab).viewer().getTable();
	}

	public void select(int tab, int row) {
		ResourceTab<?> t = tab(tab);
		t.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(t.viewer().getElementAt(row)), true);
	}

	public Button actionButton(int tab, String label) {
		return tab(tab).buttons().stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
	}

	public void showTab(int index) {
		view.folder().setSelection(index);
	}

	public void subscribe(String filter) {
		view.mqttTab().filter.setText(filter);
		view.mqttTab().subscribe();
	}

	public void publish(String topic, String payload) {
		view.mqttTab().topic.setText(topic);
		view.mqttTab().payload.setText(payload);
		view.mqttTab().publish();
	}

	public List<String> receivedTopics() {
		return view.mqttTab().received().stream().map(m -> m.topic()).toList();
	}

	public void selectMessage(int row) {
		var viewer = view.mqttTab().messages;
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(viewer.getElementAt(row)), true);
	}

	public int messageRows() {
		return view.mqttTab().messages.getTable().getItemCount();
	}

	/** Loads the thing's shadow, then sends {@code desired} once it is loaded. */
	public void loadShadow(String thing) {
		view.shadowTab().thing.setText(thing);
		view.shadowTab().load();
	}

	public void updateDesired(String desired) {
		view.shadowTab().desired.setText(desired);
		view.shadowTab().updateDesired();
	}

	public String shadowDelta() {
		return view.shadowTab().delta.getText();
	}

	public String status() {
		return view.statusText();
	}

	public void click(Button button) {
		button.notifyListeners(SWT.Selection, null);
	}
}
