import type { AuditDetail, AuditEvent } from '../../../schema/audit.ts';
import type { Dict } from '../../shared/i18n/lang.ts';

type Value = AuditDetail[string];
const pair = (value: Value | undefined): [unknown, unknown] => (Array.isArray(value) ? [value[0], value[1]] : [null, value]);

const FORMATS_FR: Record<string, string> = {
  'export.csv': 'des réponses (CSV)',
  'export.xlsx': 'des réponses (Excel)',
  'report.csv': 'du rapport (CSV)',
  'report.xlsx': 'du rapport (Excel)',
  'report/responses.csv': 'des scores par réponse (CSV)',
};
const FORMATS_EN: Record<string, string> = {
  'export.csv': 'responses (CSV)',
  'export.xlsx': 'responses (Excel)',
  'report.csv': 'report (CSV)',
  'report.xlsx': 'report (Excel)',
  'report/responses.csv': 'scores per response (CSV)',
};
const ROLES_FR: Record<string, string> = { owner: 'responsable', editor: 'éditeur·rice', viewer: 'lecteur·rice' };
const VISIBILITY_FR: Record<string, string> = { public: 'publics', private: 'privés' };

const fr = {
  lead: 'Les actions sensibles des membres de l’équipe : exports, lecture des réponses écrites, codes et cartes créés, réglages d’anonymat, invitations, rôles, retraits et suppressions. Rien sur les personnes qui répondent. Gardé 12 mois.',
  caption: 'Actions, les plus récentes d’abord',
  when: 'Quand',
  who: 'Qui',
  what: 'Action',
  on: 'Sur',
  empty: 'Aucune action enregistrée pour l’instant.',
  more: 'Afficher les actions plus anciennes',
  loadingMore: 'Chargement…',
  action: (event: AuditEvent): string => {
    const d = event.detail ?? {};
    switch (event.action) {
      case 'survey.exported':
        return `Export ${FORMATS_FR[String(d.format)] ?? String(d.format)}`;
      case 'survey.texts_read':
        return `Lecture des réponses écrites (question « ${String(d.question)} », ${String(d.texts)} textes)`;
      case 'survey.codes_issued':
        return `Création de ${String(d.count)} codes de participation`;
      case 'survey.settings_changed': {
        const parts = [];
        if (d.k) parts.push(`seuil k : ${pair(d.k).join(' → ')}`);
        if (d.resultsVisibility)
          parts.push(
            `résultats : ${pair(d.resultsVisibility)
              .map((v) => VISIBILITY_FR[String(v)] ?? v)
              .join(' → ')}`,
          );
        return `Réglages d’anonymat modifiés (${parts.join(', ')})`;
      }
      case 'live.cards_issued':
        return `Création de ${String(d.count)} cartes${d.college ? ` (collège ${String(d.college)})` : ''}`;
      case 'live.exported':
        return 'Export des résultats d’un atelier (CSV)';
      case 'live.deleted':
        return 'Suppression d’un atelier et de toutes ses données';
      case 'box.moderated':
        return `Modération d’une idée (${String(d.action)})`;
      case 'box.texts_imported':
        return `Réponses écrites d’un questionnaire versées dans la boîte à idées (${String(d.created)} idées)`;
      case 'box.exported':
        return `Export des idées (${d.format === 'export.xlsx' ? 'Excel' : 'CSV'})`;
      case 'box.kiosk_enrolled':
        return `Borne enregistrée (« ${String(d.label)} »)`;
      case 'box.kiosk_revoked':
        return `Borne retirée (« ${String(d.label)} »)`;
      case 'box.deleted':
        return 'Suppression d’une boîte à idées et de toutes ses idées';
      case 'member.invited':
        return `Invitation de ${String(d.email)} (${ROLES_FR[String(d.role)] ?? d.role})`;
      case 'member.invitation_revoked':
        return `Invitation de ${String(d.email)} révoquée`;
      case 'member.role_changed':
        return `Rôle changé : ${pair(d.role)
          .map((r) => ROLES_FR[String(r)] ?? r)
          .join(' → ')}`;
      case 'member.removed':
        return 'Retrait de l’équipe';
      case 'member.reset_link_issued':
        return 'Lien de nouveau mot de passe créé';
      case 'organisation.exported':
        return 'Archive complète de l’organisation téléchargée';
    }
  },
};

const en: typeof fr = {
  lead: 'Team members’ sensitive actions: exports, written answers read, codes and cards made, anonymity settings, invitations, roles, removals and deletions. Nothing about respondents. Kept 12 months.',
  caption: 'Actions, most recent first',
  when: 'When',
  who: 'Who',
  what: 'Action',
  on: 'On',
  empty: 'No action recorded yet.',
  more: 'Show older actions',
  loadingMore: 'Loading…',
  action: (event) => {
    const d = event.detail ?? {};
    switch (event.action) {
      case 'survey.exported':
        return `Export of the ${FORMATS_EN[String(d.format)] ?? String(d.format)}`;
      case 'survey.texts_read':
        return `Written answers read (question “${String(d.question)}”, ${String(d.texts)} texts)`;
      case 'survey.codes_issued':
        return `${String(d.count)} participation codes made`;
      case 'survey.settings_changed': {
        const parts = [];
        if (d.k) parts.push(`threshold k: ${pair(d.k).join(' → ')}`);
        if (d.resultsVisibility) parts.push(`results: ${pair(d.resultsVisibility).join(' → ')}`);
        return `Anonymity settings changed (${parts.join(', ')})`;
      }
      case 'live.cards_issued':
        return `${String(d.count)} cards made${d.college ? ` (college ${String(d.college)})` : ''}`;
      case 'live.exported':
        return 'Export of a workshop’s results (CSV)';
      case 'live.deleted':
        return 'Workshop deleted with all its data';
      case 'box.moderated':
        return `Idea moderated (${String(d.action)})`;
      case 'box.texts_imported':
        return `A survey’s written answers put into the idea box (${String(d.created)} ideas)`;
      case 'box.exported':
        return `Export of the ideas (${d.format === 'export.xlsx' ? 'Excel' : 'CSV'})`;
      case 'box.kiosk_enrolled':
        return `Kiosk enrolled (“${String(d.label)}”)`;
      case 'box.kiosk_revoked':
        return `Kiosk revoked (“${String(d.label)}”)`;
      case 'box.deleted':
        return 'Idea box deleted with all its ideas';
      case 'member.invited':
        return `Invitation of ${String(d.email)} (${String(d.role)})`;
      case 'member.invitation_revoked':
        return `Invitation of ${String(d.email)} revoked`;
      case 'member.role_changed':
        return `Role changed: ${pair(d.role).join(' → ')}`;
      case 'member.removed':
        return 'Removed from the team';
      case 'member.reset_link_issued':
        return 'New password link made';
      case 'organisation.exported':
        return 'Complete archive of the organisation downloaded';
    }
  },
};

export const auditText: Dict<typeof fr> = { fr, en };
