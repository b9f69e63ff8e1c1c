/** The dev outbox screen: captured emails, newest first, each with its link to open. */
export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

export function OutboxList({ messages }: { messages: OutboxMessage[] }) {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Dev outbox</h1>
      <p className="text-slate-700">Emails captured locally instead of being sent. Newest first.</p>
      {messages.length === 0 && <p>No emails yet.</p>}
      <ul className="flex flex-col gap-3">
        {messages.map((message) => {
          const link = /https?:\/\/\S+/.exec(message.text)?.[0];
          return (
            <li key={message.id} className="rounded-lg border border-slate-200 p-4">
              <p className="font-medium">{message.subject}</p>
              <p className="text-sm text-slate-600">
                To {message.to} · {new Date(message.sentAt).toLocaleString("en")}
              </p>
              {link && (
                <a href={link} className="mt-2 inline-block font-medium text-brand-700 underline">
                  Open the link in this email
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
