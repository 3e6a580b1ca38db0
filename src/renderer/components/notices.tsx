import type { NoticeView } from '../../shared/app-snapshot.ts';

/** Things to know besides the verdict (an unreadable status page, a recreated history…). */
export function Notices({ notices }: { readonly notices: readonly NoticeView[] }) {
  if (notices.length === 0) return null;
  return (
    <ul class="notices">
      {notices.map((notice) => (
        <li key={notice.id} class={`notice notice--${notice.level}`}>
          {notice.text}
        </li>
      ))}
    </ul>
  );
}
