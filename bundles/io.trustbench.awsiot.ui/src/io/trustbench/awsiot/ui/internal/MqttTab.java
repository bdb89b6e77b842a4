package io.trustbench.awsiot.ui.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.trustbench.provisioning.core.console.MqttTestClient;
import io.trustbench.provisioning.core.console.ReceivedMessage;

/**
 * The MQTT test client: subscribe to topic filters (wildcards allowed), publish with QoS 0/1, and
 * the received messages with time, topic and payload (JSON pretty-printed in the detail pane).
 */
final class MqttTab {

	private static final int KEEP = 1000;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

	private final AwsConsoleView view;
	private final Composite control;
	final Text filter;
	private final Combo subscribeQos;
	final Combo subscriptions;
	final Text topic;
	private final Combo publishQos;
	final Text payload;
	final TableViewer messages;
	private final Text detail;
	private final List<ReceivedMessage> received = new ArrayList<>();
	private MqttTestClient listenedTo;

	MqttTab(Composite parent, AwsConsoleView view) {
		this.view = view;
		control = new Composite(parent, SWT.NONE);
		// Two rows of controls and everything else for messages: the view often sits in a low folder.
		GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 4).applyTo(control);

		new Label(control, SWT.NONE).setText(Messages.mqtt_filter);
		filter = new Text(control, SWT.BORDER);
		filter.setText("#");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		subscribeQos = qos(control);
		button(control, Messages.mqtt_subscribe, this::subscribe);
		button(control, Messages.mqtt_unsubscribe, this::unsubscribe);
		subscriptions = new Combo(control, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(subscriptions);

		new Label(control, SWT.NONE).setText(Messages.mqtt_publishTo);
		topic = new Text(control, SWT.BORDER);
		topic.setText("things/demo/commands");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(topic);
		publishQos = qos(control);
		button(control, Messages.mqtt_publish, this::publish);
		new Label(control, SWT.NONE);
		new Label(control, SWT.NONE);

		SashForm sash = new SashForm(control, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(sash);
		org.eclipse.swt.widgets.Group payloadGroup = new org.eclipse.swt.widgets.Group(sash, SWT.NONE);
		payloadGroup.setText(Messages.mqtt_payload);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(payloadGroup);
		payload = new Text(payloadGroup, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		payload.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		payload.setText("{\n  \"message\": \"Hello from the Trustbench console\"\n}");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(payload);
		messages = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		messages.getTable().setHeaderVisible(true);
		messages.getTable().setLinesVisible(true);
		messages.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.mqtt_time, 100, m -> TIME.format(m.time()));
		column(Messages.mqtt_topic, 260, ReceivedMessage::topic);
		column(Messages.mqtt_qos, 45, m -> Integer.toString(m.qos()));
		column(Messages.mqtt_bytes, 60, m -> Integer.toString(m.payload().length));
		messages.setInput(received);
		detail = new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		detail.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		sash.setWeights(25, 40, 35);
		messages.addSelectionChangedListener(e -> {
			Object m = ((IStructuredSelection) e.getSelection()).getFirstElement();
			detail.setText(m instanceof ReceivedMessage r ? r.text() : "");
		});
	}

	Composite control() {
		return control;
	}

	List<ReceivedMessage> received() {
		return received;
	}

	private void column(String header, int width, java.util.function.Function<ReceivedMessage, String> text) {
		TableViewerColumn c = new TableViewerColumn(messages, SWT.LEFT);
		c.getColumn().setText(header);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ReceivedMessage) element);
			}
		});
	}

	private static Combo qos(Composite parent) {
		Combo qos = new Combo(parent, SWT.READ_ONLY);
		qos.setItems("QoS 0", "QoS 1");
		qos.select(0);
		return qos;
	}

	private static void button(Composite parent, String text, Runnable run) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> run.run());
	}

	void subscribe() {
		String f = filter.getText().trim();
		int qos = subscribeQos.getSelectionIndex();
		view.run(Messages.mqtt_subscribe + " " + f, monitor -> client().subscribe(f, qos), status -> showSubscriptions());
	}

	void unsubscribe() {
		String f = subscriptions.getSelectionIndex() >= 0 ? subscriptions.getText() : filter.getText().trim();
		view.run(Messages.mqtt_unsubscribe + " " + f, monitor -> client().unsubscribe(f), status -> showSubscriptions());
	}

	void publish() {
		String t = topic.getText().trim();
		byte[] bytes = payload.getText().getBytes(StandardCharsets.UTF_8);
		int qos = publishQos.getSelectionIndex();
		view.run(Messages.mqtt_publish + " " + t, monitor -> client().publish(t, bytes, qos), status -> { });
	}

	/** The console's MQTT client (connecting on first use, in the job); messages come back to this tab. */
	private MqttTestClient client() {
		try {
			MqttTestClient client = view.connected().mqtt();
			synchronized (this) {
				if (client != listenedTo) {
					client.addMessageListener(this::arrived);
					listenedTo = client;
				}
			}
			return client;
		} catch (RuntimeException e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(Messages.mqtt_cannotConnect + " " + io.trustbench.provisioning.core.console.ConsoleStatus.reason(e), e);
		}
	}

	private void arrived(ReceivedMessage message) {
		if (control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed()) {
				return;
			}
			received.add(0, message);
			if (received.size() > KEEP) {
				received.remove(received.size() - 1);
			}
			messages.refresh();
		});
	}

	private void showSubscriptions() {
		subscriptions.setItems(view.console() == null ? new String[0]
				: view.console().connectedMqtt().map(c -> c.subscriptions().toArray(String[]::new)).orElse(new String[0]));
		if (subscriptions.getItemCount() > 0) {
			subscriptions.select(subscriptions.getItemCount() - 1);
		}
	}

	/** A new connection: the old client's subscriptions and messages no longer apply. */
	void reset() {
		listenedTo = null;
		received.clear();
		messages.refresh();
		subscriptions.removeAll();
		detail.setText("");
	}
}
