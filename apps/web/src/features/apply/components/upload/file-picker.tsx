import type { ReactNode } from 'react';

interface FilePickerProps {
  id: string;
  children: ReactNode;
  accept: string;
  /** `environment` opens the rear camera directly on most phones; desktops ignore it. */
  capture?: 'environment';
  multiple?: boolean;
  disabled?: boolean;
  describedBy?: string;
  invalid?: boolean;
  onFiles: (files: File[]) => void;
}

/**
 * A native file input, visually hidden behind its label styled as a button: it keeps the
 * keyboard (Tab, then Space or Enter opens the chooser) and screen-reader behaviour of the
 * real control, with a label in the page's language instead of the browser's.
 */
export function FilePicker({
  id,
  children,
  accept,
  capture,
  multiple,
  disabled,
  describedBy,
  invalid,
  onFiles,
}: FilePickerProps) {
  return (
    <span className="file-picker">
      <input
        id={id}
        type="file"
        className="file-picker__input visually-hidden"
        accept={accept}
        capture={capture}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so that choosing the same file again (after a failure) still fires.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <label htmlFor={id} className="button button--secondary file-picker__button">
        {children}
      </label>
    </span>
  );
}
