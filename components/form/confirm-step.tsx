"use client";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";

/**
 * Confirm before an irreversible step, and a receipt that stays (issue 10 §7, decision 0022).
 *
 * - `useConfirmStep`: the first press of an opener button only asks (`ask`); focus moves to the
 *   confirmation's heading; Avbryt (`cancel`) closes it and returns focus to the button pressed. A
 *   refusal from the server (a new `attempt`) closes it too, so the error summary keeps the focus.
 * - `ConfirmPanel`: the confirmation in the page, saying what will happen, with "Bekreft: …" (the real
 *   submit button) and Avbryt.
 * - `Receipt`: the success panel (`role="status"`, a heading, focused when shown; WCAG 4.1.3).
 * - `ReceiptHost`: keeps a receipt for forms that the server re-render removes (an offered candidate
 *   leaves the list; a withdrawn vacancy loses its withdraw form). The form reports its success with
 *   `useReceiptHost()`; the host, mounted around the changing part of the page, shows it.
 */
export function useConfirmStep<K extends string>(attempt: number) {
  const [state, setState] = useState<{ key: K; attempt: number } | null>(null);
  // Derived, not reset in an effect: a refusal (a new attempt) closes the confirmation.
  const asked = state && state.attempt === attempt ? state.key : null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openers = useRef<Partial<Record<K, HTMLButtonElement | null>>>({});
  const returnTo = useRef<K | null>(null);
  useEffect(() => {
    if (asked) headingRef.current?.focus();
    else if (returnTo.current) {
      openers.current[returnTo.current]?.focus();
      returnTo.current = null;
    }
  }, [asked]);
  const ask = useCallback((key: K) => setState({ key, attempt }), [attempt]);
  const cancel = useCallback(() => {
    returnTo.current = state?.key ?? null;
    setState(null);
  }, [state]);
  const openerRef = useCallback(
    (key: K) => (el: HTMLButtonElement | null) => {
      openers.current[key] = el;
    },
    [],
  );
  return { asked, ask, cancel, openerRef, headingRef };
}

const confirmButton = "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70";
const cancelButton = "rounded border border-slate-700 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 disabled:opacity-70";

export function ConfirmPanel({
  id,
  headingRef,
  title,
  children,
  confirmLabel,
  pendingLabel = "Sender …",
  pending,
  onCancel,
  submitName,
  submitValue,
  headingLevel = 3,
}: {
  id: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  title: string;
  /** What will happen, in plain words, including whether it can be undone. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  pending: boolean;
  onCancel: () => void;
  /** For forms with more than one answer (the submit button carries it). */
  submitName?: string;
  submitValue?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div role="group" aria-labelledby={id} className="mt-3 rounded border-2 border-amber-700 bg-amber-50 p-3 text-slate-900" data-testid="bekreft-steg">
      <Heading id={id} ref={headingRef} tabIndex={-1} className="font-semibold">
        {title}
      </Heading>
      <div className="mt-1">{children}</div>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="submit" name={submitName} value={submitValue} disabled={pending} className={confirmButton}>
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button type="button" disabled={pending} onClick={onCancel} className={cancelButton}>
          Avbryt
        </button>
      </div>
    </div>
  );
}

export type ReceiptContent = { title: string; message?: string | null; testId?: string };

export function Receipt({ title, message, testId, headingLevel = 3 }: ReceiptContent & { headingLevel?: 2 | 3 | 4 }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [title, message]);
  const Heading = `h${headingLevel}` as const;
  return (
    <div ref={ref} tabIndex={-1} role="status" data-testid={testId ?? "kvittering"} className="mt-3 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-950">
      <Heading className="font-semibold">{title}</Heading>
      {message ? <p className="mt-1">{message}</p> : null}
    </div>
  );
}

const ReceiptContext = createContext<((receipt: ReceiptContent) => void) | null>(null);

/** Shows the receipt a form inside it reported, above its children; stays when the form is gone. */
export function ReceiptHost({ children, headingLevel = 3 }: { children: ReactNode; headingLevel?: 2 | 3 | 4 }) {
  const [receipt, setReceipt] = useState<(ReceiptContent & { n: number }) | null>(null);
  const show = useCallback((r: ReceiptContent) => setReceipt((previous) => ({ ...r, n: (previous?.n ?? 0) + 1 })), []);
  return (
    <ReceiptContext value={show}>
      {receipt ? <Receipt key={receipt.n} title={receipt.title} message={receipt.message} testId={receipt.testId} headingLevel={headingLevel} /> : null}
      {children}
    </ReceiptContext>
  );
}

/** The enclosing host's `show`, or null when the form is not inside a `ReceiptHost`. */
export function useReceiptHost() {
  return useContext(ReceiptContext);
}
