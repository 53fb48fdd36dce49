import { refusalDetail, signupRefusalCodes, type SignupRefusal } from '@shared/volunteers/refusals';
import { HttpProblem } from '../../http/problem';

/** The refusal as problem+json: the rule's code, and a sentence a volunteer understands. */
export function refusalProblem(verdict: SignupRefusal, timeZone: string): HttpProblem {
  return new HttpProblem(signupRefusalCodes[verdict.kind], refusalDetail(verdict, timeZone));
}
