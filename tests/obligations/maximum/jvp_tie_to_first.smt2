; torchsmt obligation maximum.jvp_tie_to_first (lemma, op maximum, kink)
; kink convention of maximum's jvp rule
(set-info :source |torchsmt lemma maximum.jvp_tie_to_first kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_2 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(declare-fun w_0 () Real)
(assert
 (= x0_0 x1_0))
(assert
 (= x0_1 x1_1))
(assert
 (= x0_2 x1_2))
(assert
 (let (($x34 (and (= (* (ite (>= x0_0 x1_0) 1.0 0.0) w_0) w_0) (= (* (ite (>= x0_1 x1_1) 1.0 0.0) w_1) w_1) (= (* (ite (>= x0_2 x1_2) 1.0 0.0) w_2) w_2))))
(not $x34)))
(check-sat)
