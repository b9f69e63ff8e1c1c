/** @phasewise/ui: the shared design system (accessible, phone-first building blocks). */
export { cn } from "./cn";
export { Button, ButtonLink, buttonClasses } from "./button";
export { TextField } from "./text-field";
export type { TextFieldProps } from "./text-field";
export { Notice } from "./notice";
export { Card } from "./card";
export { SignInForm } from "./auth/sign-in-form";
export type { SignInFormState } from "./auth/sign-in-form";
export { SignInCard, CheckEmailCard } from "./auth/sign-in-card";
export { OutboxList } from "./dev/outbox-list";
export type { OutboxMessage } from "./dev/outbox-list";
