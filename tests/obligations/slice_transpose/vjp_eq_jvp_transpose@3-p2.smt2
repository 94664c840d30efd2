; torchsmt obligation slice_transpose.vjp_eq_jvp_transpose@3-p2 (lemma, op slice_transpose, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {'shape': (6,), 'starts': (0,), 'ends': (6,), 'steps': (2,)}, off kinks
(set-info :source |torchsmt lemma slice_transpose.vjp_eq_jvp_transpose@3-p2 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun w_0 () Real)
(assert
 (let (($x31 (= w_0 w_0)))
(not $x31)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun w_2 () Real)
(assert
 (let (($x32 (= w_2 w_2)))
(not $x32)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun w_4 () Real)
(assert
 (let (($x33 (= w_4 w_4)))
(not $x33)))
(check-sat)
