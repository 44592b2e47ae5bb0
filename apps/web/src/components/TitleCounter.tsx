/**
 * "186/200" beside a title field once the text nears the model's limit, red beyond it. The
 * field points at it with `aria-describedby`, so a screen reader hears the count with the field.
 */
import { MAX_TITLE_LENGTH } from '@roundtable/model';
import { COUNTER_FROM, titleLength } from '../titleText.js';

/** The character counter of a title field (renders an empty element until it matters). */
export function TitleCounter({ id, text }: { id: string; text: string }) {
  const length = titleLength(text);
  const shown = length >= COUNTER_FROM;
  return (
    <span id={id} className={`title-counter${length > MAX_TITLE_LENGTH ? ' is-over' : ''}`} data-testid="title-counter">
      {shown ? (
        <>
          {length}/{MAX_TITLE_LENGTH}
          <span className="visually-hidden"> characters</span>
        </>
      ) : null}
    </span>
  );
}
