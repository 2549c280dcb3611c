import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import {
  CASE_ID,
  detailOf,
  FakeCore,
  goalOf,
  measureOf,
  messageNextTo,
  mother,
  nurse,
  openPlanPage,
  type PlanParts,
} from './fakePlan';

let core: FakeCore;
afterEach(() => setBridge(undefined));

function openWith(parts: PlanParts, segments: string[]) {
  core = new FakeCore(detailOf(parts));
  setBridge(core);
  return openPlanPage(segments);
}

describe('starting a plan', () => {
  it('refuses a period start before the right was granted beside the field, without calling core', async () => {
    openWith({ plan: null }, ['endre']);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Start individuell plan' });
    const start = screen.getByLabelText('Planperioden starter');
    await user.type(start, '05.01.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(messageNextTo(start)).toBe('Datoen kan ikke være før individuell plan ble innvilget.');
    expect(document.activeElement).toBe(start);
    expect(core.changes('plans.save')).toEqual([]);
  });

  it("puts core's refusal beside the field it names", async () => {
    openWith({ plan: null }, ['endre']);
    core.failWith = {
      code: 'VALIDATION',
      message: 'Ugyldig',
      fields: { 'plan.nextRevisionDate': 'validation.revisionBeforeStart' },
    };
    const user = userEvent.setup();
    const revision = await screen.findByLabelText('Neste revisjon');
    await user.type(revision, '01.03.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(messageNextTo(revision)).toBe('Revisjonsdatoen kan ikke være før planperioden starter.'),
    );
  });

  it('sends the plan with ISO dates and returns to the plan page', async () => {
    openWith({ plan: null }, ['endre']);
    core.after = detailOf();
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Start individuell plan' });
    await user.selectOptions(screen.getByLabelText('Hvor planen skrives'), 'Samspill');
    await user.type(screen.getByLabelText('Referanse til planen'), 'SS-77');
    await user.type(screen.getByLabelText('Planperioden starter'), '01.02.2027');
    await user.type(screen.getByLabelText('Planperioden slutter'), '31.01.2028');
    await user.type(screen.getByLabelText('Neste revisjon'), '010827');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(core.changes('plans.save')).toEqual([
      {
        caseId: CASE_ID,
        plan: {
          wanted: true,
          tool: 'samspill',
          toolReference: 'SS-77',
          periodStart: '2027-02-01',
          periodEnd: '2028-01-31',
          nextRevisionDate: '2027-08-01',
          lastEvaluationDate: null,
          closedDate: null,
          closedNote: '',
        },
      },
    ]);
    await screen.findByRole('region', { name: 'Mål og tiltak' });
    expect(window.location.hash).toBe(`#/planer/${CASE_ID}?vis=oversikt`);
  });
});

describe('goals and measures', () => {
  it('adds a goal; the achieved date shows only for an achieved goal; back with the goals in view', async () => {
    openWith({}, ['mal', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Nytt mål' });
    await user.type(screen.getByLabelText('Mål'), 'Gå på skolen hver dag');
    await user.selectOptions(screen.getByLabelText('Livsområde'), 'Barnehage og skole');
    expect(screen.queryByLabelText('Dato målet ble nådd')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Nådd' }));
    await user.type(screen.getByLabelText('Dato målet ble nådd'), '20.02.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(core.changes('plans.saveGoal')).toEqual([
      {
        caseId: CASE_ID,
        goal: {
          text: 'Gå på skolen hver dag',
          area: 'kindergartenSchool',
          status: 'achieved',
          targetDate: null,
          achievedDate: '2027-02-20',
        },
      },
    ]);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Mål og tiltak' });
    expect(document.activeElement).toBe(heading);
  });

  it('refuses an achieved date in the future beside the field', async () => {
    openWith({}, ['mal', 'ny']);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Mål'), 'Sykle til skolen');
    await user.selectOptions(screen.getByLabelText('Livsområde'), 'Fritid');
    await user.click(screen.getByRole('radio', { name: 'Nådd' }));
    const achieved = screen.getByLabelText('Dato målet ble nådd');
    await user.type(achieved, '02.03.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(messageNextTo(achieved)).not.toBe('');
    expect(core.changes('plans.saveGoal')).toEqual([]);
  });

  it('adds a measure under its goal with the responsible service unit', async () => {
    openWith({ goals: [goalOf(1, { text: 'Sove hele natten' })] }, ['mal', '1', 'tiltak', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Nytt tiltak' });
    expect(screen.getByText('Under målet «Sove hele natten»')).toBeTruthy();
    await user.type(await screen.findByLabelText('Tiltak'), 'Søvnkartlegging');
    const unit = screen.getByLabelText('Ansvarlig tjeneste');
    // An inactive unit is not offered for a new measure.
    expect(within(unit).queryByText(/Gamle avdelingen/)).toBeNull();
    await user.selectOptions(unit, 'PPT');
    await user.type(screen.getByLabelText('Frist'), '15.04.2027');
    await user.click(screen.getByRole('radio', { name: 'Pågår' }));
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(core.changes('plans.saveMeasure')).toEqual([
      {
        caseId: CASE_ID,
        goalId: 1,
        measure: { text: 'Søvnkartlegging', serviceUnitId: 2, dueDate: '2027-04-15', status: 'inProgress' },
      },
    ]);
  });

  it('refuses a due date before the plan could exist', async () => {
    openWith({ goals: [goalOf(1)] }, ['mal', '1', 'tiltak', 'ny']);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Tiltak'), 'Avlastning');
    const due = screen.getByLabelText('Frist');
    await user.type(due, '01.12.2026');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(messageNextTo(due)).toBe('Datoen kan ikke være før individuell plan ble innvilget.');
    expect(core.changes('plans.saveMeasure')).toEqual([]);
  });

  it('removes a measure after asking', async () => {
    openWith({ goals: [goalOf(1, { measures: [measureOf(11, 1, { text: 'Skoleskyss' })] })] }, [
      'tiltak',
      '11',
    ]);
    const user = userEvent.setup();
    expect(await screen.findByDisplayValue('Skoleskyss')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Fjern tiltaket' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Vil du fjerne tiltaket «Skoleskyss»?' });
    await user.click(within(dialog).getByRole('button', { name: 'Fjern tiltaket' }));
    expect(core.changes('plans.removeMeasure')).toEqual([{ caseId: CASE_ID, measureId: 11 }]);
  });
});

describe('the responsibility group and meetings', () => {
  it('asks for the service unit of a service member, and none of a family member', async () => {
    openWith({}, ['medlem', 'ny']);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Navn'), 'Per Hansen');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(messageNextTo(screen.getByLabelText('Tjeneste'))).not.toBe('');
    expect(core.changes('plans.saveMember')).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Fra familien' }));
    expect(screen.queryByLabelText('Tjeneste')).toBeNull();
    await user.type(screen.getByLabelText('Rolle'), 'far');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(core.changes('plans.saveMember')).toEqual([
      { caseId: CASE_ID, member: { kind: 'family', name: 'Per Hansen', role: 'far', serviceUnitId: null } },
    ]);
  });

  it('does not offer to remove a member who took part in meetings', async () => {
    const meeting = {
      id: 51,
      date: '2027-02-10',
      kind: 'start' as const,
      participantIds: [mother.id],
      otherParticipants: '',
      minutesWritten: false,
      minutesReference: '',
      nextMeetingDate: null,
    };
    openWith({ members: [mother, nurse], meetings: [meeting] }, ['medlem', String(mother.id)]);
    await screen.findByDisplayValue('Kari Nordmann');
    expect(screen.getByText(/registrert som deltaker på møter/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Fjern fra ansvarsgruppen' })).toBeNull();
  });

  it('records a meeting by keyboard alone: participants ticked with Space, saved with Enter', async () => {
    openWith({ members: [mother, nurse] }, ['mote', 'ny']);
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Registrer møte' });
    const tabTo = async (element: HTMLElement) => {
      for (let i = 0; i < 40 && document.activeElement !== element; i++) await user.tab();
      expect(document.activeElement).toBe(element);
    };

    const date = screen.getByLabelText('Dato for møtet');
    await tabTo(date);
    await user.clear(date);
    await user.keyboard('10.02.2027');
    await tabTo(screen.getByRole('checkbox', { name: /Siri Berg/ }));
    await user.keyboard(' ');
    await tabTo(screen.getByRole('checkbox', { name: 'Referat er skrevet' }));
    await user.keyboard(' ');
    await tabTo(screen.getByLabelText('Hvor referatet er arkivert'));
    await user.keyboard('2027/331-4');
    await tabTo(screen.getByLabelText('Neste møte'));
    await user.keyboard('01.05.2027{Enter}');

    expect(core.changes('plans.saveMeeting')).toEqual([
      {
        caseId: CASE_ID,
        meeting: {
          date: '2027-02-10',
          kind: 'start',
          participantIds: [nurse.id],
          otherParticipants: '',
          minutesWritten: true,
          minutesReference: '2027/331-4',
          nextMeetingDate: '2027-05-01',
        },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Møter' })).toBe(document.activeElement);
  });

  it('refuses a next meeting before the meeting beside the field', async () => {
    openWith({ members: [mother] }, ['mote', 'ny']);
    const user = userEvent.setup();
    const next = await screen.findByLabelText('Neste møte');
    await user.type(next, '01.01.2027');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(messageNextTo(next)).toBe('Neste møte kan ikke være før dette møtet.');
    expect(core.changes('plans.saveMeeting')).toEqual([]);
  });
});

describe('the nine points', () => {
  it('saves every point with its tick and note, in the order of the regulation', async () => {
    openWith({ covered: { coordinator: 'Ola Dahl' } }, ['punkter']);
    const user = userEvent.setup();
    const consent = await screen.findByRole('group', { name: /^8\. Samtykke/ });
    await user.click(within(consent).getByRole('checkbox', { name: 'Dekket i planen' }));
    await user.type(within(consent).getByLabelText('Merknad til «Samtykke»'), 'Side 4');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    const [sent] = core.changes('plans.savePoints') as {
      points: { key: string; covered: boolean; note: string }[];
    }[];
    expect(sent!.points.map((p) => p.key)).toEqual([
      'goalsResourcesNeeds',
      'participants',
      'coordinator',
      'contributions',
      'measures',
      'implementation',
      'periodRevision',
      'consent',
      'cooperation',
    ]);
    expect(sent!.points.filter((p) => p.covered)).toEqual([
      { key: 'coordinator', covered: true, note: 'Ola Dahl' },
      { key: 'consent', covered: true, note: 'Side 4' },
    ]);
  });
});
