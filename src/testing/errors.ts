// Integration testing session refusals.
import { NotFoundError, UnprocessableError } from '../errors.ts';

export class TestingSessionNotFoundError extends NotFoundError {
  static override readonly code = 'testing_session_not_found';
  constructor() {
    super('Testing session not found', TestingSessionNotFoundError.code);
  }
}

export class UnknownScenarioError extends UnprocessableError {
  static override readonly code = 'unknown_scenario';
  constructor(scenario: string, supported: readonly string[]) {
    super(`Unknown scenario "${scenario}"; use one of ${supported.join(', ')}`, UnknownScenarioError.code);
  }
}
